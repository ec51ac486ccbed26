/**
 * The dataset's settings as a form: its title, description and picture (the sheet's title row) and the
 * `setting` rows (locale, day order of numeric dates, time zone, pictures on the marks). A setting emptied is a row removed.
 */
import { useRef } from 'react';
import type { SheetEdit, SheetRow } from '../data/edits/sheetEdits';
import { columnAt, rowType, sheetRow } from '../data/edits/newRows';
import type { SheetColumn } from '../data/formats/sheetLayout';
import type { Problem } from '../data/types';
import type { Messages } from '../i18n/en';
import { problemMessage } from '../i18n/more/problemText';

const ID = columnAt('id');
const TITLE = columnAt('title');

type Setting = 'locale' | 'dateOrder' | 'timeZone' | 'thumbnails';

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
  const setTitle = (name: SheetColumn, value: string) => {
    const column = columnAt(name);
    if (titleRow >= 0) edit({ op: 'cell', row: titleRow, column, value }, `title:${column}:${session.current}`);
    else edit({ op: 'insert', row: 0, rows: [sheetRow('title', { [name]: value })] });
  };
  const titleCell = (name: SheetColumn) => (titleRow >= 0 ? (rows[titleRow]![columnAt(name)] ?? '') : '');
  // The timeline's own picture (the list's heading, a shared link's card): its address, description and credit.
  const pictureField = (name: 'media' | 'media alt' | 'media credit', label: string) => (
    <label className="setting wide">
      <span>{label}</span>
      <input type={name === 'media' ? 'url' : 'text'} dir="auto" value={titleCell(name)} onFocus={begin} onChange={(e) => setTitle(name, e.target.value)} />
    </label>
  );
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
        <input type="text" dir="auto" value={titleCell('title')} onFocus={begin} onChange={(e) => setTitle('title', e.target.value)} />
      </label>
      <label className="setting wide">
        <span>{t.settings.description}</span>
        <textarea dir="auto" rows={3} value={titleCell('summary')} onFocus={begin} onChange={(e) => setTitle('summary', e.target.value)} />
      </label>
      {pictureField('media', t.settings.picture)}
      {pictureField('media alt', t.columns.mediaAlt)}
      {pictureField('media credit', t.columns.mediaCredit)}
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
      <label className="setting check">
        <input
          type="checkbox"
          checked={/^(true|yes|y|1|x|✓)$/i.test(value('thumbnails').trim())}
          onChange={(e) => setSetting('thumbnails', e.target.checked ? 'yes' : '')}
        />
        <span>{t.settings.thumbnails}</span>
      </label>
    </div>
  );
}
