/* eslint-disable no-restricted-imports -- the command line is the analyser's one Node entry point */
/**
 * Command line for the automatic analyser.
 *
 *   npx tsx content/analysis/cli.ts [--json] FILE...
 *
 * Reads each file as UTF-8 (a byte-order mark stays part of the text, so offsets match
 * `text.slice(start, end)`), analyses it and prints its spans. With --json, stdout holds only a
 * JSON array with one `{ "file", "spans" }` object per file (a file that could not be read gets
 * `"spans": []` and an `"error"`). Problems go to stderr, naming the file and the reason.
 * Exit code: 0 all files analysed, 1 some file failed, 2 usage error.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyzeText } from './analyze';
import type { AnalysisSpan } from './types';

export const MAX_BYTES = 5 * 1024 * 1024;

const USAGE = `Usage: analyze [--json] FILE...
  Finds attribution cues and sources, quotations, numbers and framing candidates in news texts.
  --json   print a JSON array, one {"file", "spans"} object per file
  --help   show this help`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (file: string) => Uint8Array;
  fileSize: (file: string) => { size: number; isFile: boolean };
}

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Decode a file's bytes as UTF-8 text, refusing empty, binary and malformed input. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.includes(0)) return { ok: false, reason: 'the file looks binary (it contains NUL bytes); UTF-16 text must be saved as UTF-8' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 text' };
  }
  if (text.replace(/^\uFEFF/u, '').trim() === '') return { ok: false, reason: 'the file is empty (white space only)' };
  return { ok: true, text };
}

function describe(span: AnalysisSpan): string {
  const details: string[] = [];
  switch (span.kind) {
    case 'attribution-cue':
      details.push(`lemma=${span.lemma}`);
      if (span.sourceId) details.push(`source=${span.sourceId}`);
      break;
    case 'attribution-source':
      details.push(span.sourceType, `cues=${span.cueIds.join(',')}`);
      if (span.antecedentId) details.push(`refers to ${span.antecedentId}`);
      break;
    case 'quote':
      if (span.speakerSourceId) details.push(`speaker=${span.speakerSourceId}`);
      if (span.continues) details.push('continues');
      if (span.unclosed) details.push('unclosed');
      break;
    case 'number':
      details.push(`value=${span.value === null ? 'vague' : span.value}`, `hedge=${span.hedge}`);
      if (span.unit) details.push(`unit=${span.unit}`);
      if (span.event) details.push(`event=${span.event}`);
      break;
    case 'framing':
      details.push(span.device, span.reason);
      break;
  }
  return `  ${span.id.padEnd(5)} ${`${span.start}-${span.end}`.padEnd(11)} ${span.kind.padEnd(18)} ${JSON.stringify(span.text)}  ${details.join('  ')}`;
}

/** Run the command line; returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  let json = false;
  const files: string[] = [];
  let onlyFiles = false;
  for (const arg of argv) {
    if (!onlyFiles && arg === '--') onlyFiles = true;
    else if (!onlyFiles && arg === '--json') json = true;
    else if (!onlyFiles && (arg === '--help' || arg === '-h')) {
      io.out(`${USAGE}\n`);
      return 0;
    } else if (!onlyFiles && arg.startsWith('-') && arg !== '-') {
      io.err(`analyze: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.err(`analyze: no files given\n${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  const results: Array<{ file: string; spans: AnalysisSpan[]; error?: string }> = [];
  for (const file of files) {
    let reason: string | null = null;
    let text = '';
    try {
      const info = io.fileSize(file);
      if (!info.isFile) reason = 'it is not a regular file';
      else if (info.size > MAX_BYTES) reason = `the file is too large (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB)`;
      else {
        const decoded = decodeText(io.readFile(file));
        if (decoded.ok) text = decoded.text;
        else reason = decoded.reason;
      }
    } catch (error) {
      const code = (error as { code?: string }).code;
      reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read it (${(error as Error).message})`;
    }
    if (reason !== null) {
      failed += 1;
      io.err(`analyze: ${file}: ${reason}\n`);
      results.push({ file, spans: [], error: reason });
      continue;
    }
    const { spans } = analyzeText(text);
    results.push({ file, spans });
    if (!json) {
      io.out(`${file}: ${spans.length} spans\n`);
      for (const span of spans) io.out(`${describe(span)}\n`);
    }
  }
  if (json) io.out(`${JSON.stringify(results, null, 1)}\n`);
  return failed > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    readFile: (f) => readFileSync(f),
    fileSize: (f) => {
      const s = statSync(f);
      return { size: s.size, isFile: s.isFile() };
    },
  });
}
