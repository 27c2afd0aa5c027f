import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { assignExperiments } from './experiments';

// The Flags SDK failing in a way nothing else here can provoke: the step must not take the page down.
vi.mock('flags/next', async (original) => ({
  ...(await original<typeof import('flags/next')>()),
  serialize: () => Promise.reject(new Error('signing failed')),
}));

describe('assignExperiments when the Flags SDK fails', () => {
  it('serves the plain page (everyone’s control) and says why in the log', async () => {
    process.env.FLAGS_SECRET = 'ZTJlLWZsYWdzLXNlY3JldC0wMTIzNDU2Nzg5YWJjZGU';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await assignExperiments(new NextRequest('http://shop.test/en-US'))).toBeUndefined();
    expect(errors).toHaveBeenCalledWith(
      expect.stringContaining('assignment failed'),
      expect.any(Error),
    );
    errors.mockRestore();
    delete process.env.FLAGS_SECRET;
  });
});
