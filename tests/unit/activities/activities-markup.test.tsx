// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../renderer/src/db/DatabaseProvider', () => ({ useDatabase: () => ({}) }));
vi.mock('../../../renderer/src/platform', () => ({ getPlatform: () => ({}) }));
vi.mock('../../../renderer/src/ui/prefs', async () => {
  const { testPrefs } = await import('../ui/render');
  return { useDisplayPrefs: () => testPrefs.current };
});

import faActivities from '../../../locales/fa/activities.json';
import faCommon from '../../../locales/fa/common.json';
import faValidation from '../../../locales/fa/validation.json';
import { ActivityComposer } from '../../../renderer/src/features/activities/ActivityComposer';
import { ActivityDetails } from '../../../renderer/src/features/activities/ActivityDetails';
import type { ComposerType } from '../../../renderer/src/features/activities/activity-view';
import { count, render } from '../ui/render';
import { activity } from './fixtures';

const extra = { fa: { activities: faActivities, common: faCommon, validation: faValidation } };
const composer = (defaultType: ComposerType) => render(<ActivityComposer regardingType="lead" regardingId="l1" defaultType={defaultType} />, 'fa', {}, extra);
const has = (html: string, id: string) => html.includes(`data-testid="${id}"`);

describe('the composer offers each type with its own fields', () => {
  it('all seven types, in Persian', () => {
    const html = composer('note');
    for (const label of ['یادداشت', 'تماس', 'قرار ملاقات', 'وظیفه', 'ایمیل', 'نامه', 'پیامک']) expect(html).toContain(label);
    expect(has(html, 'activity-subject')).toBe(false); // a note is its text
    expect(has(html, 'activity-reminder')).toBe(false);
  });

  it('meeting: day, start, end, place, reminder and assignee', () => {
    const html = composer('meeting');
    for (const id of ['activity-subject', 'activity-date', 'activity-start', 'activity-end', 'activity-location', 'activity-reminder', 'activity-assignee']) {
      expect(has(html, id), id).toBe(true);
    }
    expect(has(html, 'activity-direction')).toBe(false);
    expect(html).toContain('ثبت قرار ملاقات');
  });

  it('call: logged or to make, with direction, minutes and outcome', () => {
    const html = composer('call');
    for (const id of ['call-kind', 'activity-direction', 'activity-duration', 'activity-outcome']) expect(has(html, id), id).toBe(true);
    expect(has(html, 'activity-start')).toBe(false);
    expect(html).toContain('تماس برنامه‌ریزی‌شده');
  });

  it('task: due date, priority, reminder and assignee', () => {
    const html = composer('task');
    for (const id of ['activity-due', 'activity-priority', 'activity-reminder', 'activity-assignee']) expect(has(html, id), id).toBe(true);
    expect(has(html, 'activity-location')).toBe(false);
  });

  it('email, letter and SMS: sent or received', () => {
    expect(composer('email')).toContain('ارسالی یا دریافتی');
    const sms = composer('sms');
    expect(sms).toContain('متن پیامک');
    expect(has(sms, 'activity-subject')).toBe(false);
  });

  it('edits a stored activity with its type fixed', () => {
    const html = render(<ActivityComposer regardingType="contact" regardingId="c1" activity={activity({ subject: 'پیگیری', dueDate: '2026-12-10' })} onCancel={() => undefined} />, 'fa', {}, extra);
    expect(html).toContain('ذخیره تغییرات');
    expect(html).toContain('value="پیگیری"');
    expect(has(html, 'activity-cancel')).toBe(true);
    expect(count(html, 'data-disabled="true"')).toBeGreaterThan(0);
  });
});

describe('activity details on a timeline', () => {
  const details = (a: ReturnType<typeof activity>, assignee = '') => render(<ActivityDetails activity={a} today="2026-12-02" assigneeLabel={assignee} />, 'fa', {}, extra);

  it('a meeting: day, time range, place and reminder', () => {
    const html = details(activity({
      type: 'meeting', dueDate: '2026-12-05', occurredAt: '2026-12-05T06:30:00.000Z', endsAt: '2026-12-05T07:30:00.000Z', location: 'دفتر مرکزی', remindAt: '2026-12-05T06:15:00.000Z',
    }));
    expect(html).toContain('۱۴ آذر ۱۴۰۵');
    expect(html).toContain('۱۰:۰۰ تا ۱۱:۰۰');
    expect(html).toContain('دفتر مرکزی');
    expect(html).toContain('data-testid="activity-reminder-badge"');
  });

  it('a call: direction and minutes; a late task: red with days late; an assignee', () => {
    expect(details(activity({ type: 'call', status: 'done', direction: 'inbound', durationMinutes: 12 }))).toMatch(/ورودی[\s\S]*۱۲ دقیقه/);
    const late = details(activity({ dueDate: '2026-11-30', priority: 'high' }), 'تیم فروش');
    expect(late).toContain('۲ روز تأخیر');
    expect(late).toContain('سررسید گذشته');
    expect(late).toContain('ارجاع به تیم فروش');
  });
});
