// A description of the machine the results come from: CPU model, cores, memory, OS, Node, date,
// and how busy it was.

import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { MachineInfo } from './model.ts';

function cpuModel(): string {
  const model = cpus()[0]?.model?.trim();
  if (model) return model;
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The 1-minute load average (how many processes wanted a core, on average). */
export function currentLoad(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

export function describeMachine(now: Date = new Date()): MachineInfo {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryBytes: totalmem(),
    os: `${type()} ${release()}`,
    node: process.versions.node,
    date: now.toISOString(),
    loadStart: currentLoad(),
  };
}
