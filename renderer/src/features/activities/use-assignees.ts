import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentActor } from '../../app/session';
import { useDatabase } from '../../db/DatabaseProvider';
import { assigneeValue } from './activity-draft';

export interface AssigneeOption {
  value: string;
  label: string;
}

export interface AssigneeGroups {
  users: AssigneeOption[];
  teams: AssigneeOption[];
}

interface DirectoryRow {
  kind: string;
  key: string;
  data: Record<string, unknown>;
}

/**
 * Who an activity can be handed to (ارجاع): the active users and the teams of the
 * reference directory. The current user reads as "me"; the user's own team is offered
 * even before the directory has synced it (local-only mode has no team row).
 */
export function assigneeGroups(rows: DirectoryRow[], me: { userId: string; teamId: string }, labels: { me: string; myTeam: string }): AssigneeGroups {
  const users = rows
    .filter((r) => r.kind === 'user' && (r.data.active !== false || r.key === me.userId))
    .map((r) => ({ value: assigneeValue('user', r.key), label: r.key === me.userId ? labels.me : String(r.data.displayName ?? r.key) }));
  if (!users.some((u) => u.value === assigneeValue('user', me.userId))) users.unshift({ value: assigneeValue('user', me.userId), label: labels.me });
  const teams = rows
    .filter((r) => r.kind === 'team')
    .map((r) => ({ value: assigneeValue('team', r.key), label: String(r.data.name ?? r.key) }));
  if (!teams.some((t) => t.value === assigneeValue('team', me.teamId))) teams.unshift({ value: assigneeValue('team', me.teamId), label: labels.myTeam });
  const byLabel = (a: AssigneeOption, b: AssigneeOption) => (a.label === labels.me ? -1 : b.label === labels.me ? 1 : a.label.localeCompare(b.label, 'fa'));
  return { users: users.sort(byLabel), teams: teams.sort((a, b) => a.label.localeCompare(b.label, 'fa')) };
}

/** Live users and teams for the assignee picker and for showing whom an activity is assigned to. */
export function useAssignees(): AssigneeGroups {
  const db = useDatabase();
  const { t } = useTranslation('activities');
  const [groups, setGroups] = useState<AssigneeGroups>({ users: [], teams: [] });
  useEffect(() => {
    const sub = db.reference.find({ selector: { kind: { $in: ['user', 'team'] } } }).$.subscribe((docs) => {
      setGroups(assigneeGroups(
        docs.map((d) => ({ kind: d.kind, key: d.key, data: d.data })),
        currentActor(),
        { me: t('common:me'), myTeam: t('assignee.myTeam') },
      ));
    });
    return () => sub.unsubscribe();
  }, [db, t]);
  return groups;
}

/** The label of an assignee value, or '' when unknown. */
export function assigneeLabel(groups: AssigneeGroups, value: string): string {
  return [...groups.users, ...groups.teams].find((o) => o.value === value)?.label ?? '';
}
