import { useMemo } from 'react';
import type { ActivityDoc } from '../../../../shared/entities';
import { currentActor } from '../../app/session';
import { otherAssignee } from '../activities/ActivityDetails';
import { assigneeLabel, useAssignees } from '../activities/use-assignees';
import { useCompleteWithUndo } from '../activities/use-complete-with-undo';
import { useRegardingNames } from '../activities/use-regarding-names';
import { agendaQueries, type AgendaScope } from './activity-queries';
import { buildAgenda } from './agenda';
import { MyDayView } from './MyDayView';
import { useLiveActivities } from './use-live-activities';
import type { IsoDate } from '../../../../shared/dates';

/** The agenda, read by index: today's open and done work and the late open work. */
export function MyDay({ scope, today, onAdd }: { scope: AgendaScope; today: IsoDate; onAdd(): void }) {
  const actor = currentActor();
  const queries = useMemo(() => agendaQueries(today, scope, actor), [today, scope, actor.userId, actor.teamId]); // eslint-disable-line react-hooks/exhaustive-deps
  const live = useLiveActivities(queries, scope);
  const agenda = useMemo(() => buildAgenda(live.rows, today), [live.rows, today]);
  const names = useRegardingNames(live.rows);
  const assignees = useAssignees();
  const complete = useCompleteWithUndo();
  return (
    <MyDayView
      agenda={agenda}
      today={today}
      loading={live.loading}
      truncated={live.truncated}
      names={names}
      assigneeOf={(a: ActivityDoc) => otherAssignee(a, actor.userId, (v) => assigneeLabel(assignees, v))}
      onComplete={(a, done) => void complete(a, done)}
      onAdd={onAdd}
    />
  );
}
