import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, headless, with fake camera, microphone and screen pickers. */
export function launchChromium(): Promise<Browser> {
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
      '--use-fake-ui-for-media-stream',
      '--autoplay-policy=no-user-gesture-required',
      '--auto-select-desktop-capture-source=Entire screen',
      ...(process.env.PLENUM_E2E_CHROMIUM_FLAGS?.split(' ').filter(Boolean) ?? []),
    ],
  });
}
