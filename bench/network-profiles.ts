// The two profiles the benchmark loads pages under: unthrottled, and a slow phone (slow network, 4× slower CPU).
import type { CDPSession } from 'playwright-core';

export interface NetworkConditions {
  latency: number;
  /** Bytes per second, as CDP's Network.emulateNetworkConditions takes them. */
  downloadThroughput: number;
  uploadThroughput: number;
}

export interface NetworkProfile {
  name: 'local' | 'mobile';
  description: string;
  /** null: no throttling. */
  conditions: NetworkConditions | null;
  /** CDP's Emulation.setCPUThrottlingRate: 1 is the machine's own speed, 4 is four times slower (Lighthouse mobile). */
  cpuSlowdown: number;
  /** The screen the page is loaded on: a desktop, or a phone (touch, mobile viewport), as the app tells them apart. */
  screen: { width: number; height: number; touch: boolean };
}

export const NETWORK_PROFILES: Record<NetworkProfile['name'], NetworkProfile> = {
  local: {
    name: 'local',
    description: 'no throttling, 1366 × 900 desktop',
    conditions: null,
    cpuSlowdown: 1,
    screen: { width: 1366, height: 900, touch: false },
  },
  mobile: {
    name: 'mobile',
    description: 'latency 150 ms, down 1.6 Mbit/s, up 750 kbit/s, CPU 4× slower (CDP), 390 × 844 phone with touch',
    screen: { width: 390, height: 844, touch: true },
    // 1 Mbit = 1,000,000 bits.
    conditions: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
    cpuSlowdown: 4,
  },
};

/** Applies the profile to a page before it navigates: network conditions and CPU slowdown. */
export async function emulateProfile(cdp: CDPSession, profile: NetworkProfile): Promise<void> {
  await cdp.send('Network.enable');
  if (profile.conditions) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.conditions });
  }
  if (profile.cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}
