import { Badge } from '@mantine/core';
import { formatPhone } from '../../../../shared/phone/phone';
import { useFormatters } from '../../app/formatters';
import { LtrText } from '../../ui/LtrText';
import classes from './RecordRow.module.css';

/** What a list row shows: small enough to cache for the next cold start. */
export interface RecordRowModel {
  id: string;
  title: string;
  subtitle: string;
  phone: string;
  badge: string;
  updatedAt: string;
}

/** One list row, in plain elements: 100k-row lists render it on every scroll frame. */
export function RecordRow({ row }: { row: RecordRowModel }) {
  const fmt = useFormatters();
  return (
    <div className={classes.row}>
      <div className={classes.names}>
        <div className={classes.title}><bdi>{row.title}</bdi></div>
        <div className={classes.subtitle}><bdi>{row.subtitle || '—'}</bdi></div>
      </div>
      {row.badge && <Badge variant="light" size="sm" visibleFrom="sm">{row.badge}</Badge>}
      {row.phone && <div className={classes.phone}><LtrText localizeDigits>{formatPhone(row.phone, 'national')}</LtrText></div>}
      <div className={classes.date}>{fmt.dayOf(row.updatedAt)}</div>
    </div>
  );
}
