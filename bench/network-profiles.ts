// The two network profiles the benchmark loads pages under: unthrottled, and a slow mobile connection.

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
}

export const NETWORK_PROFILES: Record<NetworkProfile['name'], NetworkProfile> = {
  local: { name: 'local', description: 'no throttling', conditions: null },
  mobile: {
    name: 'mobile',
    description: 'latency 150 ms, down 1.6 Mbit/s, up 750 kbit/s (CDP), no CPU throttling',
    // 1 Mbit = 1,000,000 bits.
    conditions: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  },
};
