import { useMemo, useState } from 'react';
import type { ArticleSet } from '../../../content/schema/article-set';
import { numberRows, sortNumberRows, type NumberSortKey, type SetIndex } from '../../../content/logic/set-index';
import { formatCount } from '../../../content/logic/format-count';

const COLUMNS: Array<{ key: NumberSortKey; label: string }> = [
  { key: 'what', label: 'What' },
  { key: 'value', label: 'Figure' },
  { key: 'hedge', label: 'Hedge' },
  { key: 'source', label: 'Who says' },
  { key: 'asOf', label: 'As of' },
  { key: 'article', label: 'Article' },
];

/** Every figure in the set side by side, sortable, so tolls counted on different dates line up. */
export function NumbersTable({ set, index, onShow }: { set: ArticleSet; index: SetIndex; onShow: (key: string) => void }) {
  const [sort, setSort] = useState<{ by: NumberSortKey; direction: 'ascending' | 'descending' }>({ by: 'what', direction: 'ascending' });
  const [linkedOnly, setLinkedOnly] = useState(true);
  const all = useMemo(() => numberRows(set, index), [set, index]);
  const rows = useMemo(
    () => sortNumberRows(linkedOnly ? all.filter((r) => r.linkTitle !== null) : all, sort.by, sort.direction),
    [all, linkedOnly, sort],
  );
  const unsourced = rows.filter((r) => r.source === null).length;
  return (
    <div className="numbers-table">
      <div className="table-tools">
        <label>
          <input type="checkbox" checked={linkedOnly} onChange={(e) => setLinkedOnly(e.currentTarget.checked)} /> Only figures linked across reports
        </label>
        <p className="table-summary" role="status">
          {rows.length} figures shown; {unsourced} with no source given.
        </p>
      </div>
      <table>
        <caption className="visually-hidden">Figures in the articles, sorted by {COLUMNS.find((c) => c.key === sort.by)?.label}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.by === c.key ? sort.direction : 'none'}>
                <button
                  type="button"
                  className="sort-button"
                  onClick={() =>
                    setSort((s) => ({ by: c.key, direction: s.by === c.key && s.direction === 'ascending' ? 'descending' : 'ascending' }))
                  }
                >
                  {c.label}
                  <span aria-hidden="true">{sort.by === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td>
                {r.linkTitle && <strong className="row-link">{r.linkTitle}</strong>}
                <span className="row-what">{r.what}</span>
              </td>
              <td>
                <button type="button" className="link-button" onClick={() => onShow(r.key)}>
                  “{r.figure}”<span className="visually-hidden"> in {r.articleTitle}: show in the text</span>
                </button>
                {r.value !== null && <span className="row-value">{formatCount(r.value)}</span>}
              </td>
              <td>{r.hedge}</td>
              <td>{r.source ?? <em className="no-source">⚠ No source given</em>}</td>
              <td>{r.asOf}</td>
              <td>{r.articleTitle}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
