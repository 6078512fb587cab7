/**
 * The article-set content format (version 1): the single source of truth.
 *
 * An article set is one JSON file (`content/sets/<id>/set.json`) holding set metadata,
 * the articles' text exactly as published (split into blocks), annotations anchored by
 * exact quotation, and cross-article links between annotations. See content/README.md.
 *
 * Pure module: no Node, no Electron, no DOM.
 */
import { z } from 'zod';
import { isStorableId, MAX_ID_LENGTH } from '../logic/file-names';

export const CONTENT_FORMAT_VERSION = 1;

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);
export const Id = z
  .string()
  .max(MAX_ID_LENGTH, `an id is at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id uses lower-case letters, digits and hyphens')
  .refine(isStorableId, 'an id cannot be a name Windows keeps for devices (con, prn, aux, nul, com1–9, lpt1–9)');
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

/**
 * Where a span of text is: the exact words as published. When the words occur more than once
 * in their scope, either give a longer `context` that contains them exactly once, or the
 * 1-based `occurrence`. Offsets are computed by the loader, never typed by hand.
 */
export const Anchor = z
  .object({
    quote: nonEmpty('quote'),
    context: z.string().min(1).optional(),
    occurrence: z.number().int().min(1).optional(),
  })
  .strict();
export type Anchor = z.infer<typeof Anchor>;

/** How sure we are of an article's date: stated in the text, inferred from it, or unknown. */
export const PublicationDate = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('exact'), date: IsoDate, evidence: nonEmpty('evidence') }).strict(),
  z
    .object({
      precision: z.literal('inferred'),
      earliest: IsoDate,
      latest: IsoDate,
      display: nonEmpty('display'),
      reasoning: nonEmpty('reasoning'),
    })
    .strict(),
  z.object({ precision: z.literal('unknown'), note: nonEmpty('note') }).strict(),
]);
export type PublicationDate = z.infer<typeof PublicationDate>;

/** The outlet, as far as the text tells us. */
export const Outlet = z.discriminatedUnion('status', [
  z.object({ status: z.literal('stated'), name: nonEmpty('outlet name'), evidence: nonEmpty('evidence') }).strict(),
  z.object({ status: z.literal('inferred'), name: nonEmpty('outlet name'), reasoning: nonEmpty('reasoning') }).strict(),
  z.object({ status: z.literal('unknown'), note: nonEmpty('note') }).strict(),
]);
export type Outlet = z.infer<typeof Outlet>;

/** The licence a text was published under, as its publisher states it, or why none is recorded. */
const Licence = z.discriminatedUnion('status', [
  z.object({ status: z.literal('stated'), name: nonEmpty('licence name'), url: z.string().url().optional() }).strict(),
  z.object({ status: z.literal('not-stated'), note: nonEmpty('note') }).strict(),
]);
type Licence = z.infer<typeof Licence>;

/**
 * Where the copy in Lenses comes from: its licence, the credit line to show, the original address,
 * and notes on the copy (archived, shortened, captions left out). Required for shipped sets
 * (`npm run content:check`); optional for a teacher's own sets, shown as "licence not stated".
 */
export const Provenance = z
  .object({
    licence: Licence,
    /** The credit line, e.g. 'From Wikinews, the free news source, CC BY 2.5: “Haitian earthquake: in pictures”'. */
    credit: nonEmpty('credit line'),
    /** The original address of the text. */
    originalUrl: z.string().url().optional(),
    /** Notes on the copy: where it was taken from, what was left out, where to compare it. */
    copyNotes: z.string().optional(),
  })
  .strict();
export type Provenance = z.infer<typeof Provenance>;

export const BlockKind = z.enum(['headline', 'dateline', 'subheading', 'paragraph', 'caption']);
export type BlockKind = z.infer<typeof BlockKind>;
export const Block = z.object({ id: Id, kind: BlockKind, text: nonEmpty('block text') }).strict();
export type Block = z.infer<typeof Block>;

export const SourceType = z.enum([
  'named-person',
  'named-institution',
  'anonymous-official',
  'vague',
  'news-agency',
  'document',
  'reporter',
]);
export type SourceType = z.infer<typeof SourceType>;

export const Speech = z.enum(['direct', 'reported', 'none']);

export const AttributionAnnotation = z
  .object({
    id: Id,
    kind: z.literal('attribution'),
    /** The reporting words: "said", "according to", "announced"… Absent for the reporter's own voice. */
    cue: Anchor.optional(),
    /** The source as written. Absent for the reporter's own voice. */
    source: Anchor.optional(),
    sourceType: SourceType,
    /** Direct quotation, reported speech, or none (the reporter's own claim). */
    speech: Speech,
    /** The words being attributed (optional for cues, required for the reporter's own voice). */
    claim: Anchor.optional(),
    /** A neutral note for students: what this shows about how the text is built. */
    note: nonEmpty('note'),
  })
  .strict();
export type AttributionAnnotation = z.infer<typeof AttributionAnnotation>;

export const Hedge = z.enum([
  'none',
  'at-least',
  'more-than',
  'over',
  'around',
  'approximately',
  'some',
  'nearly',
  'up-to',
  'vague',
]);
export type Hedge = z.infer<typeof Hedge>;

export const AsOf = z.union([
  z.object({ precision: z.literal('exact'), date: IsoDate }).strict(),
  z.object({ precision: z.literal('inferred'), display: nonEmpty('display'), sortKey: IsoDate }).strict(),
  z.object({ precision: z.literal('unknown') }).strict(),
]);
export type AsOf = z.infer<typeof AsOf>;

export const NumberAnnotation = z
  .object({
    id: Id,
    kind: z.literal('number'),
    /** The figure with its hedge as written: "at least 66", "more than 32,000", "dozens". */
    figure: Anchor,
    /** The value as a number, or null for vague quantities ("dozens", "thousands"). */
    value: z.number().nullable(),
    counts: nonEmpty('what the number counts'),
    unit: nonEmpty('unit'),
    hedge: Hedge,
    asOf: AsOf,
    /** The attribution annotation that gives this figure, or "unattributed". */
    givenBy: z.union([Id, z.literal('unattributed')]),
    note: z.string().optional(),
  })
  .strict();
export type NumberAnnotation = z.infer<typeof NumberAnnotation>;

export const FramingDevice = z.enum([
  'label',
  'loaded-verb',
  'scare-quotes',
  'agentless-passive',
  'vivid-imagery',
  'operation-name',
  'emotive-adjective',
  'euphemism',
  'neutral-wording',
]);
export type FramingDevice = z.infer<typeof FramingDevice>;

export const FramingAnnotation = z
  .object({
    id: Id,
    kind: z.literal('framing'),
    span: Anchor,
    refersTo: nonEmpty('what the words refer to'),
    device: FramingDevice,
    /** A neutral description of the choice: what it does, not who is right. */
    note: nonEmpty('note'),
  })
  .strict();
export type FramingAnnotation = z.infer<typeof FramingAnnotation>;

export const Annotation = z.discriminatedUnion('kind', [AttributionAnnotation, NumberAnnotation, FramingAnnotation]);
export type Annotation = z.infer<typeof Annotation>;
export type AnnotationKind = Annotation['kind'];

export const Article = z
  .object({
    id: Id,
    /** The source file the text comes from, relative to the set folder. */
    sourceFile: nonEmpty('sourceFile'),
    outlet: Outlet,
    /** A news agency named in the text (e.g. an "EFE" tag), with the evidence. */
    agency: z.object({ name: nonEmpty('agency name'), evidence: nonEmpty('evidence') }).strict().optional(),
    byline: z.string().min(1).optional(),
    published: PublicationDate,
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language is a BCP 47 tag such as "en"'),
    direction: z.enum(['ltr', 'rtl']),
    /** A short title for lists, when the text has no headline. Not part of the text. */
    shortTitle: nonEmpty('shortTitle'),
    blocks: z.array(Block).min(1, 'an article has at least one block of text'),
    annotations: z.array(Annotation),
    /** Licence, credit, original address and notes on the copy (required for shipped sets). */
    provenance: Provenance.optional(),
  })
  .strict();
export type Article = z.infer<typeof Article>;

const AnnotationRef = z.object({ article: Id, annotation: Id }).strict();
type AnnotationRef = z.infer<typeof AnnotationRef>;

export const Link = z
  .object({
    id: Id,
    title: nonEmpty('link title'),
    description: nonEmpty('link description'),
    members: z.array(AnnotationRef).min(2, 'a link joins at least two annotations'),
  })
  .strict();
export type Link = z.infer<typeof Link>;

export const ArticleSet = z
  .object({
    format: z.literal(CONTENT_FORMAT_VERSION),
    id: Id,
    /** Content version: bump when text, annotations or exercises change. */
    version: z.number().int().min(1),
    title: nonEmpty('title'),
    description: nonEmpty('description'),
    topic: nonEmpty('topic'),
    language: z.string().min(2),
    /** A note shown before reading, e.g. about a painful subject. */
    contentNote: z.string().optional(),
    articles: z.array(Article).min(1),
    links: z.array(Link),
  })
  .strict();
export type ArticleSet = z.infer<typeof ArticleSet>;
