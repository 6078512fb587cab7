import { useState } from 'react';
import type { Outlet, PublicationDate } from '../../../content/schema/article-set';
import type { ArticleMetadata, DraftArticle } from '../../../content/authoring/draft';

type OutletStatus = Outlet['status'];
type Precision = PublicationDate['precision'];

/** Outlet, date (with how sure it is), headline, byline and language: filled from the file, confirmed by the teacher. */
export function MetadataForm({ article, onSave }: { article: DraftArticle; onSave: (metadata: ArticleMetadata) => Promise<boolean> }) {
  const id = (name: string) => `meta-${article.id}-${name}`;
  const [shortTitle, setShortTitle] = useState(article.shortTitle);
  const [byline, setByline] = useState(article.byline ?? '');
  const [language, setLanguage] = useState(article.language);
  const [outletStatus, setOutletStatus] = useState<OutletStatus>(article.outlet.status);
  const [outletName, setOutletName] = useState(article.outlet.status === 'unknown' ? '' : article.outlet.name);
  const [outletWhy, setOutletWhy] = useState(article.outlet.status === 'stated' ? article.outlet.evidence : article.outlet.status === 'inferred' ? article.outlet.reasoning : article.outlet.note);
  const p = article.published;
  const [precision, setPrecision] = useState<Precision>(p.precision);
  const [date, setDate] = useState(p.precision === 'exact' ? p.date : '');
  const [earliest, setEarliest] = useState(p.precision === 'inferred' ? p.earliest : '');
  const [latest, setLatest] = useState(p.precision === 'inferred' ? p.latest : '');
  const [display, setDisplay] = useState(p.precision === 'inferred' ? p.display : '');
  const [dateWhy, setDateWhy] = useState(p.precision === 'exact' ? p.evidence : p.precision === 'inferred' ? p.reasoning : p.note);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    const missing: string[] = [];
    if (!shortTitle.trim()) missing.push('the headline');
    if (outletStatus !== 'unknown' && !outletName.trim()) missing.push('the outlet’s name');
    if (!outletWhy.trim()) missing.push(outletStatus === 'stated' ? 'where the text names the outlet' : outletStatus === 'inferred' ? 'why you think so' : 'a note on the outlet');
    if (precision === 'exact' && !date) missing.push('the date');
    if (precision === 'inferred' && (!earliest || !latest || !display.trim())) missing.push('the earliest and latest dates and how to show them');
    if (!dateWhy.trim()) missing.push(precision === 'exact' ? 'where the text gives the date' : precision === 'inferred' ? 'your reasoning about the date' : 'a note on the date');
    if (missing.length) {
      setError(`Please give ${missing.join(', ')}.`);
      return;
    }
    const outlet: Outlet =
      outletStatus === 'stated'
        ? { status: 'stated', name: outletName.trim(), evidence: outletWhy.trim() }
        : outletStatus === 'inferred'
          ? { status: 'inferred', name: outletName.trim(), reasoning: outletWhy.trim() }
          : { status: 'unknown', note: outletWhy.trim() };
    const published: PublicationDate =
      precision === 'exact'
        ? { precision: 'exact', date, evidence: dateWhy.trim() }
        : precision === 'inferred'
          ? { precision: 'inferred', earliest, latest, display: display.trim(), reasoning: dateWhy.trim() }
          : { precision: 'unknown', note: dateWhy.trim() };
    await onSave({ shortTitle: shortTitle.trim(), outlet, published, language: language.trim(), ...(byline.trim() ? { byline: byline.trim() } : {}) });
  };

  const whyLabel = outletStatus === 'stated' ? 'Where the text names it' : outletStatus === 'inferred' ? 'Why you think so' : 'Note on the outlet';
  const dateLabel = precision === 'exact' ? 'Where the text gives the date' : precision === 'inferred' ? 'How you worked the date out' : 'Note on the date';
  return (
    <form className="builder metadata-form panel" aria-labelledby={id('title')} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={id('title')}>
        Article details {article.metadataConfirmed ? <span className="status-tag status-accepted">confirmed</span> : <span className="status-tag status-proposed">to confirm</span>}
      </h2>
      <p className="muted">Imported from {article.importedFrom}. Check what Lenses filled in: say only what the text or the page tells you.</p>
      <div className="metadata-row">
        <div className="field">
          <label htmlFor={id('headline')}>Headline</label>
          <input id={id('headline')} value={shortTitle} onChange={(e) => setShortTitle(e.target.value)} maxLength={300} />
        </div>
        <div className="field">
          <label htmlFor={id('byline')}>Byline (optional)</label>
          <input id={id('byline')} value={byline} onChange={(e) => setByline(e.target.value)} maxLength={300} />
        </div>
        <div className="field">
          <label htmlFor={id('language')}>Language (e.g. en, en-GB)</label>
          <input id={id('language')} value={language} onChange={(e) => setLanguage(e.target.value)} maxLength={20} />
        </div>
      </div>
      <div className="metadata-row">
        <fieldset className="field-group">
          <legend>Outlet</legend>
          <label htmlFor={id('outlet-status')}>How do you know the outlet?</label>
          <select id={id('outlet-status')} value={outletStatus} onChange={(e) => setOutletStatus(e.target.value as OutletStatus)}>
            <option value="stated">The text or page names it</option>
            <option value="inferred">Inferred from clues</option>
            <option value="unknown">Unknown</option>
          </select>
          {outletStatus !== 'unknown' && (
            <>
              <label htmlFor={id('outlet-name')}>Outlet name</label>
              <input id={id('outlet-name')} value={outletName} onChange={(e) => setOutletName(e.target.value)} />
            </>
          )}
          <label htmlFor={id('outlet-why')}>{whyLabel}</label>
          <input id={id('outlet-why')} value={outletWhy} onChange={(e) => setOutletWhy(e.target.value)} />
        </fieldset>
        <fieldset className="field-group">
          <legend>Publication date</legend>
          <label htmlFor={id('precision')}>How sure is the date?</label>
          <select id={id('precision')} value={precision} onChange={(e) => setPrecision(e.target.value as Precision)}>
            <option value="exact">Exact: the text gives it</option>
            <option value="inferred">Inferred: a range worked out from the text</option>
            <option value="unknown">Unknown</option>
          </select>
          {precision === 'exact' && (
            <>
              <label htmlFor={id('date')}>Date</label>
              <input id={id('date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            </>
          )}
          {precision === 'inferred' && (
            <>
              <label htmlFor={id('earliest')}>Earliest possible date</label>
              <input id={id('earliest')} type="date" value={earliest} onChange={(e) => setEarliest(e.target.value)} />
              <label htmlFor={id('latest')}>Latest possible date</label>
              <input id={id('latest')} type="date" value={latest} onChange={(e) => setLatest(e.target.value)} />
              <label htmlFor={id('display')}>Shown to students as (e.g. “early November 2025”)</label>
              <input id={id('display')} value={display} onChange={(e) => setDisplay(e.target.value)} />
            </>
          )}
          <label htmlFor={id('date-why')}>{dateLabel}</label>
          <input id={id('date-why')} value={dateWhy} onChange={(e) => setDateWhy(e.target.value)} />
        </fieldset>
      </div>
      <div role="alert">{error && <p className="form-error">{error}</p>}</div>
      <div className="actions">
        <button type="submit" className="primary">
          Confirm details
        </button>
      </div>
    </form>
  );
}
