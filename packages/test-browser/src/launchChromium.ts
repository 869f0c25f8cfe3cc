import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, with a fake camera and microphone. With `devices: 'granted'`
 * every permission prompt is accepted (and the screen picker picks the screen); with
 * `'denied'` Chromium refuses camera and microphone as a user blocking them would.
 */
export function launchChromium(devices: 'granted' | 'denied' = 'granted'): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-fake-device-for-media-stream',
      '--autoplay-policy=no-user-gesture-required',
      ...(devices === 'granted'
        ? ['--use-fake-ui-for-media-stream', '--auto-select-desktop-capture-source=Entire screen']
        : []),
      ...(process.env.PLENUM_E2E_CHROMIUM_FLAGS?.split(' ').filter(Boolean) ?? []),
    ],
  });
}
