/** HtmlService and the HtmlOutput it makes: the sidebar's page as the add-on shows it. */
import { CallLog } from './calls';
import { countCalls } from './counting';
import type { ServiceSettings } from './services';

export interface HtmlOutputView {
  readonly log: CallLog;
  title: string;
  width: number | null;
  height: number | null;
  content: string;
}

export class FakeHtmlOutput {
  readonly view: HtmlOutputView;

  constructor(log: CallLog, content: string) {
    this.view = { log, title: '', width: null, height: null, content };
  }

  setTitle(title: string): this {
    this.view.title = title;
    return this;
  }
  getTitle(): string {
    return this.view.title;
  }
  setWidth(width: number): this {
    this.view.width = width;
    return this;
  }
  getWidth(): number | null {
    return this.view.width;
  }
  setHeight(height: number): this {
    this.view.height = height;
    return this;
  }
  getHeight(): number | null {
    return this.view.height;
  }
  getContent(): string {
    return this.view.content;
  }
  append(html: string): this {
    this.view.content += html;
    return this;
  }
  setSandboxMode(): this {
    return this;
  }
  setXFrameOptionsMode(): this {
    return this;
  }
}

const HTML_OUTPUT_API = [
  'setTitle',
  'getTitle',
  'setWidth',
  'getWidth',
  'setHeight',
  'getHeight',
  'getContent',
  'append',
  'setSandboxMode',
  'setXFrameOptionsMode',
] as const satisfies readonly (keyof GoogleAppsScript.HTML.HtmlOutput)[];
countCalls(FakeHtmlOutput, 'HtmlOutput', HTML_OUTPUT_API);

export class FakeHtmlService {
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };
  /** The settings are read at each call: a test may change the project's files after creating the services. */
  readonly view: { readonly log: CallLog; readonly settings: ServiceSettings };

  constructor(log: CallLog, settings: ServiceSettings) {
    this.view = { log, settings };
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    const name = filename.replace(/\.html$/, '');
    const content = this.view.settings.htmlFiles[name];
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(this.view.log, content);
  }
  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(this.view.log, html);
  }
}

const HTML_SERVICE_API = [
  'createHtmlOutputFromFile',
  'createHtmlOutput',
] as const satisfies readonly (keyof GoogleAppsScript.HTML.HtmlService)[];
countCalls(FakeHtmlService, 'HtmlService', HTML_SERVICE_API);
