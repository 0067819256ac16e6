// results.json and the table printed at the end.
import { writeFile } from 'node:fs/promises';
import { cpus, platform, release, totalmem } from 'node:os';

export function median(values) {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

const round = (v) => (v === null || v === undefined ? v : Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100);

export class Results {
  results = [];

  /**
   * @param {object} r  name, value, unit, n, baseline?, target? ({ op: '<=' | '>=' | '==', value }), note?
   */
  add(r) {
    const entry = { ...r, value: round(r.value) };
    if (r.target && r.value !== null && r.value !== undefined) {
      const { op, value } = r.target;
      entry.pass = op === '<=' ? r.value <= value : op === '>=' ? r.value >= value : r.value === value;
    }
    this.results.push(entry);
    const shown = entry.value === null || entry.value === undefined ? `skipped (${r.skipped ?? 'no value'})` : `${entry.value} ${r.unit}`;
    console.log(`  → ${r.name} = ${shown}${entry.pass === undefined ? '' : entry.pass ? '  ✓' : '  ✗ (target ' + r.target.op + ' ' + r.target.value + ')'}`);
  }

  skip(name, unit, reason, target) {
    this.add({ name, value: null, unit, n: 0, skipped: reason, target });
  }

  async write(file, machine) {
    const body = { results: this.results, machine, date: new Date().toISOString() };
    await writeFile(file, JSON.stringify(body, null, 2) + '\n');
  }

  print() {
    const rows = this.results.map((r) => [
      r.name,
      r.value === null || r.value === undefined ? `skipped: ${r.skipped}` : `${r.value.toLocaleString('en')} ${r.unit}`,
      String(r.n ?? ''),
      r.target ? `${r.target.op} ${r.target.value}` : '',
      r.pass === undefined ? (r.target ? '—' : '') : r.pass ? 'PASS' : 'FAIL',
    ]);
    const head = ['metric', 'value', 'n', 'target', ''];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
    console.log('\n' + line(head));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of rows) console.log(line(row));
    const baselines = this.results.filter((r) => r.baseline);
    if (baselines.length) {
      console.log('');
      for (const r of baselines) console.log(`${r.name}: baseline = ${r.baseline}`);
    }
    const notes = this.results.filter((r) => r.note);
    for (const r of notes) console.log(`${r.name}: ${r.note}`);
  }
}

export function machineInfo(browserVersion) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model?.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    browser: browserVersion,
  };
}
