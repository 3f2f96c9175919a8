// What the figures were measured on: date, browser, Node and CPU, printed with every result.
import { cpus, loadavg, release, type } from 'node:os';

export interface MachineInfo {
  date: string;
  chromium: string;
  node: string;
  cpu: string;
  cores: number;
  os: string;
  /** 1-minute load averages when the measuring began and ended: other work on the machine skews the times. */
  loadAverage: { start: number; end: number };
}

/** `loadAtStart`: the 1-minute load average when the measuring began (os.loadavg()[0]). */
export function machineInfo(chromiumVersion: string, loadAtStart: number, now = new Date()): MachineInfo {
  const processors = cpus();
  return {
    date: now.toISOString(),
    chromium: chromiumVersion,
    node: process.version,
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    os: `${type()} ${release()}`,
    loadAverage: { start: loadAtStart, end: loadavg()[0] ?? NaN },
  };
}

export function formatMachineInfo(info: MachineInfo): string {
  return [
    `date      ${info.date}`,
    `chromium  ${info.chromium} (headless, SwiftShader software WebGL)`,
    `node      ${info.node}`,
    `cpu       ${info.cpu}, ${info.cores} cores`,
    `os        ${info.os}`,
    `load      ${info.loadAverage.start.toFixed(2)} at start, ${info.loadAverage.end.toFixed(2)} at end ` +
      `(1-minute load average on ${info.cores} cores; well above 1, other work competed with the measurements)`,
  ].join('\n');
}
