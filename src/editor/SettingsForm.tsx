/**
 * The dataset's settings as a form: its title and description (the sheet's title row) and the
 * `setting` rows (locale, day order of numeric dates, time zone). A setting emptied is a row removed.
 */
import { useRef } from 'react';
import type { SheetEdit, SheetRow } from '../data/edits/sheetEdits';
import { columnAt, rowType, sheetRow } from '../data/edits/newRows';
import type { Problem } from '../data/types';
import type { Messages } from '../i18n/en';
import { problemMessage } from '../i18n/more/problemText';

const ID = columnAt('id');
const TITLE = columnAt('title');
const SUMMARY = columnAt('summary');

type Setting = 'locale' | 'dateOrder' | 'timeZone';

interface SettingsFormProps {
  rows: readonly SheetRow[];
  problems: Map<string, Problem[]>;
  t: Messages;
  edit: (edit: SheetEdit, group?: string) => void;
}

export function SettingsForm({ rows, problems, t, edit }: SettingsFormProps) {
  const session = useRef(0);
  const titleRow = rows.findIndex((r) => rowType(r) === 'title');
  const settingRow = (name: Setting) => rows.findIndex((r) => rowType(r) === 'setting' && (r[ID] ?? '').trim().toLowerCase() === name.toLowerCase());
  const setTitle = (column: number, value: string) => {
    if (titleRow >= 0) edit({ op: 'cell', row: titleRow, column, value }, `title:${column}:${session.current}`);
    else edit({ op: 'insert', row: 0, rows: [sheetRow('title', column === TITLE ? { title: value } : { summary: value })] });
  };
  const setSetting = (name: Setting, value: string) => {
    const at = settingRow(name);
    if (at < 0) {
      if (value) edit({ op: 'insert', row: titleRow + 1, rows: [sheetRow('setting', { id: name, title: value })] });
    } else if (value) edit({ op: 'cell', row: at, column: TITLE, value }, `setting:${name}:${session.current}`);
    else edit({ op: 'remove', row: at, count: 1 });
  };
  const value = (name: Setting) => {
    const at = settingRow(name);
    return at < 0 ? '' : (rows[at]![TITLE] ?? '');
  };
  const problemOf = (name: Setting) => {
    const at = settingRow(name);
    return at < 0 ? [] : [...(problems.get(String(at)) ?? []), ...(problems.get(`${at}:${TITLE}`) ?? []), ...(problems.get(`${at}:${ID}`) ?? [])];
  };
  const begin = () => session.current++;
  const field = (name: 'locale' | 'timeZone', label: string) => {
    const found = problemOf(name);
    return (
      <label className="setting">
        <span>{label}</span>
        <input
          type="text"
          value={value(name)}
          onFocus={begin}
          onChange={(e) => setSetting(name, e.target.value.trim() ? e.target.value : '')}
          aria-invalid={found.length > 0 || undefined}
          aria-describedby={found.length ? `setting-${name}-problem` : undefined}
        />
        {found.length > 0 && (
          <span className="cell-problem warning" id={`setting-${name}-problem`}>
            {found.map((p) => problemMessage(p, t)).join(' ')}
          </span>
        )}
      </label>
    );
  };
  return (
    <div className="settings-form">
      <label className="setting">
        <span>{t.settings.title}</span>
        <input
          type="text"
          dir="auto"
          value={titleRow >= 0 ? (rows[titleRow]![TITLE] ?? '') : ''}
          onFocus={begin}
          onChange={(e) => setTitle(TITLE, e.target.value)}
        />
      </label>
      <label className="setting wide">
        <span>{t.settings.description}</span>
        <textarea
          dir="auto"
          rows={3}
          value={titleRow >= 0 ? (rows[titleRow]![SUMMARY] ?? '') : ''}
          onFocus={begin}
          onChange={(e) => setTitle(SUMMARY, e.target.value)}
        />
      </label>
      {field('locale', t.settings.locale)}
      <label className="setting">
        <span>{t.settings.dateOrder}</span>
        <select value={value('dateOrder')} onChange={(e) => setSetting('dateOrder', e.target.value)}>
          <option value="">{t.settings.dateOrderAuto}</option>
          <option value="dmy">{t.settings.dayFirst}</option>
          <option value="mdy">{t.settings.monthFirst}</option>
        </select>
      </label>
      {field('timeZone', t.settings.timeZone)}
    </div>
  );
}
