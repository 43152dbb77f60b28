/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * What both panel scripts need from the page: the VS Code messaging API (typed by the panel's unions) and
 * small element builders. No inline handlers anywhere: the Content Security Policy allows only the nonce'd
 * script, and every listener is added here, in code.
 */

interface VsCodeApi<Out, State> {
  postMessage(message: Out): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<Out, State>(): VsCodeApi<Out, State>;

/** The panel's channel to the extension: `send` takes only the panel's own message type. */
export function vscodeApi<Out, State>(): VsCodeApi<Out, State> {
  return acquireVsCodeApi<Out, State>();
}

/** Listens to the extension's messages (the host side of the panel's union). */
export function onHostMessage<In>(handler: (message: In) => void): void {
  window.addEventListener('message', (e: MessageEvent<In>) => handler(e.data));
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes (numbers are written as they are). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, parent?: Element): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent?.appendChild(el);
  return el;
}

/** An HTML element with a class and text. */
export function html<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string, parent?: Element): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  parent?.appendChild(el);
  return el;
}
