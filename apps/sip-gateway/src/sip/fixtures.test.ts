import { describe, expect, it } from 'vitest';
import { getChallenges, getCredentials } from './AuthHeader.js';
import { contactExpires, getContacts } from './Contact.js';
import { answerDigestChallenge, readDigestChallenge } from './digest.js';
import { captureNonce, capturePassword, captureRealm } from './fixtures/captureBaresipParams.js';
import { paramValue } from './HeaderParams.js';
import { parseSipMessage } from './parseSipMessage.js';
import { headerValues } from './SipHeaders.js';
import { SipStreamFramer } from './SipStreamFramer.js';
import { parseSipUri } from './SipUri.js';
import { serializeSipMessage } from './serializeSipMessage.js';
import { fixture } from './sipTestMessages.js';

/** Messages captured from baresip 1.0.0 (Debian 12) by fixtures/captureBaresip.ts. */
const datagrams = [
  ['baresip-register.txt', 'REGISTER'],
  ['baresip-register-authorized.txt', 'REGISTER'],
  ['baresip-unregister.txt', 'REGISTER'],
  ['baresip-options.txt', 'OPTIONS'],
  ['baresip-invite.txt', 'INVITE'],
  ['baresip-ack.txt', 'ACK'],
  ['baresip-bye.txt', 'BYE'],
  ['baresip-180-invite.txt', 180],
  ['baresip-200-invite.txt', 200],
  ['baresip-200-bye.txt', 200],
] as const;

function parsed(name: string) {
  const result = parseSipMessage(fixture(name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result;
}

describe('messages captured from baresip', () => {
  it.each(datagrams)('%s parses and serializes back to the same bytes', (name, kind) => {
    const raw = fixture(name);
    expect(raw.includes('\r\n')).toBe(true);
    const { message } = parsed(name);
    expect(message.kind === 'request' ? message.method : message.status).toBe(kind);
    expect(serializeSipMessage(message).equals(raw)).toBe(true);
    const again = parseSipMessage(serializeSipMessage(message));
    expect(again.ok && again.message).toEqual(message);
  });

  it('reads the INVITE: Via branch with the magic cookie, rport asked for, From tag, SDP body', () => {
    const { message, core } = parsed('baresip-invite.txt');
    expect(core.vias).toHaveLength(1);
    expect(core.vias[0]).toMatchObject({ transport: 'UDP', host: '127.0.0.1', port: 25082, rport: 'requested' });
    expect(core.vias[0]?.branch).toMatch(/^z9hG4bK/);
    expect(core.from.tag).toMatch(/^[0-9a-f]+$/);
    expect(core.to.tag).toBeUndefined();
    expect(core.contentType).toMatchObject({ type: 'application', subtype: 'sdp' });
    expect(headerValues(message, 'Allow')).toContain('INVITE');
    expect(Buffer.from(message.body).toString()).toMatch(/^v=0\r\n[\s\S]*m=audio \d+ RTP\/AVP 0 8 101\r\n/);
  });

  it('reads the REGISTER contact with its +sip.instance and expires', () => {
    const contacts = getContacts(parsed('baresip-register.txt').message);
    if (!contacts.ok || contacts.value.kind !== 'list') throw new Error('expected contacts');
    const [contact] = contacts.value.contacts;
    expect(contact && contactExpires(contact)).toBe(3600);
    expect(contact && paramValue(contact.params, '+sip.instance')).toMatch(/^<urn:uuid:[0-9a-f-]+>$/);
    const unregister = getContacts(parsed('baresip-unregister.txt').message);
    const removed = unregister.ok && unregister.value.kind === 'list' ? unregister.value.contacts[0] : undefined;
    expect(removed && contactExpires(removed)).toBe(0);
  });

  it('computes the same digest response as baresip did for its REGISTER', () => {
    const { message } = parsed('baresip-register-authorized.txt');
    if (message.kind !== 'request') throw new Error('expected a request');
    const credentials = getCredentials(message, 'Authorization');
    if (!credentials.ok) throw new Error('expected credentials');
    const [sent] = credentials.value;
    const params = sent?.params ?? [];
    const challenge = readDigestChallenge({
      scheme: 'Digest',
      params: [
        { name: 'realm', value: captureRealm },
        { name: 'nonce', value: captureNonce },
        { name: 'algorithm', value: 'MD5' },
        { name: 'qop', value: 'auth' },
      ],
    });
    if (!challenge.ok) throw new Error('expected a challenge');
    const ours = answerDigestChallenge(challenge.value, {
      username: paramValue(params, 'username') ?? '',
      password: capturePassword,
      method: message.method,
      uri: paramValue(params, 'uri') ?? '',
      cnonce: paramValue(params, 'cnonce') ?? '',
      nonceCount: Number.parseInt(paramValue(params, 'nc') ?? '', 16),
    });
    expect(paramValue(params, 'uri')).toBe(message.uri);
    expect(paramValue(ours.params, 'response')).toBe(paramValue(params, 'response'));
    expect(getChallenges(message, 'WWW-Authenticate')).toEqual({ ok: true, value: [] });
  });

  it("reads baresip's answers: custom reason phrase, To tag, received and rport it filled into our Via", () => {
    const { message, core } = parsed('baresip-200-invite.txt');
    expect(message.kind === 'response' && message.reason).toBe('Answering');
    expect(core.to.tag).toBeDefined();
    expect(core.vias[0]).toMatchObject({ received: '127.0.0.1', rport: 25099 });
    const contacts = getContacts(message);
    const uri = contacts.ok && contacts.value.kind === 'list' ? contacts.value.contacts[0]?.uri : undefined;
    expect(uri !== undefined && parseSipUri(uri)).toMatchObject({
      ok: true,
      value: { host: '127.0.0.1', port: 25082 },
    });
  });

  it('cuts the TCP stream into INVITE, ACK and BYE however it is chunked', () => {
    const stream = fixture('baresip-tcp-stream.txt');
    for (const size of [1, 7, 64, 500, stream.length]) {
      const framer = new SipStreamFramer();
      const events = [];
      for (let offset = 0; offset < stream.length; offset += size)
        events.push(...framer.push(stream.subarray(offset, offset + size)));
      const methods = events.map((event) =>
        event.type === 'message' && event.result.ok && event.result.message.kind === 'request'
          ? event.result.message.method
          : event.type,
      );
      expect(methods).toEqual(['INVITE', 'ACK', 'BYE']);
      expect(framer.buffered).toBe(0);
    }
    const [invite] = new SipStreamFramer().push(stream);
    expect(invite?.type === 'message' && invite.result.ok && invite.result.core.vias[0]?.transport).toBe('TCP');
  });
});
