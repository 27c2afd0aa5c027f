import { describe, expect, it, vi } from 'vitest';
import { watchForNewVersion } from './new-version';

/** A worker and registration with the lifecycle the browser drives, run by hand. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;

  /** The browser found a new worker and starts installing it. */
  find(): FakeWorker {
    const worker = new FakeWorker();
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    return worker;
  }

  /** The worker being installed has installed and now waits. */
  install(worker: FakeWorker): void {
    this.installing = null;
    this.waiting = worker;
    worker.state = 'installed';
    worker.dispatchEvent(new Event('statechange'));
  }
}

function watch(registration: FakeRegistration, controlled = true) {
  const onWaiting = vi.fn();
  watchForNewVersion(
    registration as unknown as ServiceWorkerRegistration,
    () => controlled,
    onWaiting,
  );
  return onWaiting;
}

describe('watchForNewVersion', () => {
  it('reports a worker found and installed after watching began', () => {
    const registration = new FakeRegistration();
    const onWaiting = watch(registration);
    const worker = registration.find();
    expect(onWaiting).not.toHaveBeenCalled();
    registration.install(worker);
    expect(onWaiting).toHaveBeenCalledTimes(1);
  });

  it('reports a worker the browser was already installing when watching began', () => {
    const registration = new FakeRegistration();
    const worker = registration.find();
    const onWaiting = watch(registration);
    expect(onWaiting).not.toHaveBeenCalled();
    registration.install(worker);
    expect(onWaiting).toHaveBeenCalledTimes(1);
  });

  it('reports a worker already waiting, once', () => {
    const registration = new FakeRegistration();
    const worker = registration.find();
    registration.install(worker);
    const onWaiting = watch(registration);
    expect(onWaiting).toHaveBeenCalledTimes(1);
    worker.dispatchEvent(new Event('statechange'));
    expect(onWaiting).toHaveBeenCalledTimes(1);
  });

  it('reports each later version', () => {
    const registration = new FakeRegistration();
    const onWaiting = watch(registration);
    registration.install(registration.find());
    registration.install(registration.find());
    expect(onWaiting).toHaveBeenCalledTimes(2);
  });

  it('says nothing about the first version, on a page no worker controls', () => {
    const registration = new FakeRegistration();
    const onWaiting = watch(registration, false);
    registration.install(registration.find());
    expect(onWaiting).not.toHaveBeenCalled();
  });
});
