import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createNotifier } from '../../../electron/notifications';

class FakeNotification extends EventEmitter {
  show = vi.fn();
  constructor(public options: { title: string; body: string }) {
    super();
  }
}

function setup(supported = true) {
  const created: FakeNotification[] = [];
  const onClick = vi.fn();
  const notifier = createNotifier({
    isSupported: () => supported,
    create: (options) => {
      const n = new FakeNotification(options);
      created.push(n);
      return n;
    },
    onClick,
  });
  return { notifier, created, onClick };
}

describe('desktop notifications', () => {
  it('shows one and reports its activity when clicked', () => {
    const { notifier, created, onClick } = setup();
    notifier.notify('جلسه با آقای رضایی', 'ساعت ۱۰:۰۰', 'act-1');
    expect(created).toHaveLength(1);
    expect(created[0]!.options).toEqual({ title: 'جلسه با آقای رضایی', body: 'ساعت ۱۰:۰۰' });
    expect(created[0]!.show).toHaveBeenCalledOnce();
    created[0]!.emit('click');
    expect(onClick).toHaveBeenCalledWith('act-1');
  });

  it('holds each notification until it closes (a collected one would lose its click handler)', () => {
    const { notifier, created } = setup();
    notifier.notify('a', '', null);
    notifier.notify('b', '', 'act-2');
    expect(notifier.held).toBe(2);
    created[0]!.emit('close');
    expect(notifier.held).toBe(1);
  });

  it('does nothing where the OS has no notifications', () => {
    const { notifier, created } = setup(false);
    notifier.notify('a', 'b', null);
    expect(created).toHaveLength(0);
  });
});
