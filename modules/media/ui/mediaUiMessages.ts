/** The strings the media UI needs; the app's catalogue supplies them in the current language. */
export interface MediaUiMessages {
  readonly microphoneMuted: string;
  readonly microphoneOn: string;
  readonly noMicrophone: string;
  readonly cameraOn: string;
  readonly cameraOff: string;
  readonly selfName: (name: string) => string;
  readonly screenOf: (name: string) => string;
  readonly speaking: string;
  /** The role marker next to a tile's name, for people nobody of the organisation vouches for. */
  readonly markers: { readonly guest: string; readonly phone: string };
  readonly enableAudio: string;
  readonly audioBlocked: string;
  readonly microphoneLevel: string;
  readonly camera: string;
  readonly microphone: string;
  readonly speaker: string;
  readonly systemDefault: string;
  readonly unnamedDevice: (kind: 'camera' | 'microphone' | 'speaker', index: number) => string;
}
