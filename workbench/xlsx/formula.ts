/**
 * A Google Sheets formula → the text an .xlsx stores in `<f>`, which is not what anyone types: no leading `=`,
 * `,` between arguments whatever the locale (the add-on writes `;`, which Sheets accepts everywhere), the stored
 * names of functions newer than Excel 2007 (`_xlfn.LET`, `_xlfn._xlws.FILTER`), `_xlpm.` before every name a LET
 * or LAMBDA binds, and bounded ranges where Sheets allows open-ended ones (`$D$4:$D` reaches the sheet's last row;
 * Excel has no such reference and refuses the file's formula). Pure: no exceljs, no fake sheet.
 */
import { columnLetter } from '../../fake/values';
import { storedFunctionName } from './functions';

export interface GridSize {
  rows: number;
  columns: number;
}

/** The grid size of the sheet a reference points into: null asks for the formula's own sheet. */
export type SizeOf = (sheetName: string | null) => GridSize | null;

/** Where a sheet is unknown, an open-ended range reaches as far as Excel's grid does. */
const EXCEL_GRID: GridSize = { rows: 1048576, columns: 16384 };

export function toFileFormula(formula: string, sizeOf: SizeOf): string {
  return new Translator(formula.replace(/^=/, ''), sizeOf).run();
}

/** One argument as it is translated: its text, and its only token when that token is a bare name. */
interface Arg {
  text: string;
  tokens: number;
  name: string | null;
}

const newArg = (): Arg => ({ text: '', tokens: 0, name: null });

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const WORD_CHAR = /[\p{L}\p{N}_.$:!\\]/u;
/** `$D$4:$D`: a column from a row down, with nothing after the column. */
const OPEN_COLUMN = /^(\$?[A-Za-z]{1,3}(\$?)\d+):(\$?[A-Za-z]{1,3})$/;
/** `$A$4:$4`: a row from a column rightwards. */
const OPEN_ROW = /^((\$?)[A-Za-z]{1,3}\$?\d+):(\$?\d+)$/;
const ERROR_LITERAL = /^#[A-Za-z0-9_/]+[!?]?/;

class Translator {
  private pos = 0;
  /** The names bound by the LET and LAMBDA calls being read, innermost last, in upper case. */
  private readonly scopes: Set<string>[] = [];

  constructor(
    private readonly src: string,
    private readonly sizeOf: SizeOf,
  ) {}

  run(): string {
    let out = this.args(null).join(',');
    // A stray ')' is kept as written: Excel will say what is wrong with it better than a guess here.
    while (this.pos < this.src.length) {
      this.pos++;
      out += ')' + this.args(null).join(',');
    }
    return out;
  }

  /** Reads arguments up to the ')' that closes them (left for the caller) or the end of the formula. */
  private args(fn: string | null): string[] {
    const scope = fn === 'LET' || fn === 'LAMBDA' ? new Set<string>() : null;
    if (scope) this.scopes.push(scope);
    const done: string[] = [];
    let arg = newArg();
    for (let ch = this.src[this.pos]; ch !== undefined && ch !== ')'; ch = this.src[this.pos]) {
      if (ch === ';' || ch === ',') {
        this.pos++;
        done.push(this.declared(fn, done.length, arg, scope));
        arg = newArg();
      } else this.piece(arg);
    }
    // The last argument is the body: a bare name there is a use, never a declaration.
    done.push(arg.text);
    if (scope) this.scopes.pop();
    return done;
  }

  /** An argument followed by a separator: LET's odd-placed names and LAMBDA's parameters are declarations. */
  private declared(fn: string | null, index: number, arg: Arg, scope: Set<string> | null): string {
    if (!scope || arg.tokens !== 1 || arg.name === null || (fn === 'LET' && index % 2 === 1)) return arg.text;
    scope.add(arg.name.toUpperCase());
    return arg.text.replace(/\S+/, `_xlpm.${arg.name}`);
  }

  private piece(arg: Arg): void {
    const ch = this.src[this.pos];
    if (/\s/.test(ch)) {
      arg.text += ch;
      this.pos++;
      return;
    }
    arg.tokens++;
    if (ch === '"') arg.text += this.quoted('"');
    else if (ch === '{') arg.text += this.arrayLiteral();
    else if (ch === '(') arg.text += `(${this.group(null)})`;
    else if (ch === '#' && ERROR_LITERAL.test(this.src.slice(this.pos))) {
      const literal = (ERROR_LITERAL.exec(this.src.slice(this.pos)) as RegExpExecArray)[0];
      arg.text += literal;
      this.pos += literal.length;
    } else if (ch === "'" || WORD_CHAR.test(ch)) this.word(arg);
    else {
      arg.text += ch;
      this.pos++;
    }
  }

  /** Consumes '(' … ')' and returns what lies between, translated. */
  private group(fn: string | null): string {
    this.pos++;
    const inner = this.args(fn);
    if (this.src[this.pos] === ')') this.pos++;
    // Sheets' FILTER takes any number of conditions; Excel's third argument is the value when nothing matches,
    // so the conditions become one product of 0/1 arrays, which is how Excel's documentation combines them.
    if (fn === 'FILTER' && inner.length > 2) {
      return `${inner[0]},${inner
        .slice(1)
        .map((c) => `(${c.trim()})`)
        .join('*')}`;
    }
    return inner.join(',');
  }

  private word(arg: Arg): void {
    const start = this.pos;
    if (this.src[this.pos] === "'") this.quoted("'");
    while (this.pos < this.src.length && WORD_CHAR.test(this.src[this.pos])) this.pos++;
    // A name already in its stored form (`_xlpm.x`) is the name x.
    const word = this.src.slice(start, this.pos).replace(/^_xlpm\./i, '');
    const after = /^\s*\(/.exec(this.src.slice(this.pos));
    if (after && NAME.test(word)) {
      this.pos += after[0].length - 1;
      arg.text += this.call(word);
    } else if (NAME.test(word) && !CELL.test(word)) {
      arg.name = word;
      arg.text += this.bound(word) ? `_xlpm.${word}` : word;
    } else arg.text += this.bounded(word);
  }

  private call(word: string): string {
    // A name bound by LET to a LAMBDA is called like a function, and keeps its parameter prefix.
    if (this.bound(word)) return `_xlpm.${word}(${this.group(null)})`;
    const fn = word.toUpperCase().replace(/^_XLFN\.(_XLWS\.)?/, '');
    const stored = /^_xl/i.test(word) ? word : (storedFunctionName(word) ?? word);
    return `${stored}(${this.group(fn)})`;
  }

  private bound(name: string): boolean {
    const key = name.toUpperCase();
    return this.scopes.some((scope) => scope.has(key));
  }

  /** A reference with its open end closed at the referenced sheet's edge; anything else as written. */
  private bounded(word: string): string {
    const bang = word.lastIndexOf('!');
    const prefix = word.slice(0, bang + 1);
    const ref = word.slice(bang + 1);
    const size = (): GridSize => this.sizeOf(bang < 0 ? null : sheetName(word.slice(0, bang))) ?? EXCEL_GRID;
    const column = OPEN_COLUMN.exec(ref);
    if (column) return `${prefix}${column[1]}:${column[3]}${column[2]}${size().rows}`;
    const row = OPEN_ROW.exec(ref);
    if (row) return `${prefix}${row[1]}:${row[2]}${columnLetter(size().columns)}${row[3]}`;
    return word;
  }

  /** A literal delimited by `quote`, a doubled quote standing for itself; returned as written. */
  private quoted(quote: string): string {
    const start = this.pos++;
    while (this.pos < this.src.length) {
      if (this.src[this.pos++] !== quote) continue;
      if (this.src[this.pos] !== quote) break;
      this.pos++;
    }
    return this.src.slice(start, this.pos);
  }

  /** `{…}` holds constants only, with the same separators in Sheets and Excel: kept as written. */
  private arrayLiteral(): string {
    const start = this.pos++;
    while (this.pos < this.src.length && this.src[this.pos] !== '}') {
      if (this.src[this.pos] === '"') this.quoted('"');
      else this.pos++;
    }
    this.pos++;
    return this.src.slice(start, this.pos);
  }
}

function sheetName(written: string): string {
  return written.startsWith("'") ? written.slice(1, -1).replace(/''/g, "'") : written;
}

/** A sheet name as a reference writes it: quoted, a quote inside it doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
