import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from './after-first-paint';

afterEach(() => {
  vi.useRealTimers();
});

/** A PerformanceObserver that reports long tasks when the test says so. */
function fakeLongTasks() {
  const observers: (() => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['longtask'];
    constructor(private readonly callback: () => void) {}
    observe() {
      observers.push(this.callback);
    }
    disconnect() {
      observers.splice(observers.indexOf(this.callback), 1);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { longTask: () => observers.forEach((notify) => notify()), observing: () => observers.length };
}

describe('whenQuiet', () => {
  it('runs once the page has been quiet for the time, in an idle moment', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    whenQuiet(1000, run);
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    vi.runOnlyPendingTimers();
    expect(run).toHaveBeenCalledOnce();
  });

  it('starts counting again after every long task', () => {
    vi.useFakeTimers();
    const tasks = fakeLongTasks();
    const run = vi.fn();
    whenQuiet(1000, run);
    vi.advanceTimersByTime(800);
    tasks.longTask();
    vi.advanceTimersByTime(800);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(201);
    vi.runOnlyPendingTimers();
    expect(run).toHaveBeenCalledOnce();
    expect(tasks.observing()).toBe(0);
  });

  it('can be cancelled', () => {
    vi.useFakeTimers();
    const tasks = fakeLongTasks();
    const run = vi.fn();
    whenQuiet(1000, run)();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
    expect(tasks.observing()).toBe(0);
  });
});
