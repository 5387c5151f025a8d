/**
 * Streaming XML for the workbook's parts, via saxes (a conforming, non-validating parser that
 * never expands DTD entities). Element and attribute names are taken without their namespace
 * prefix: Excel writes none, other producers write `x:` or `ns0:`.
 *
 * saxes keeps a text node or a tag in memory until it ends, so the text fed to it is checked for
 * runs without a `<` longer than any cell could be (MAX_XML_RUN_CHARS), which bounds that memory.
 */
import { SaxesParser } from "saxes";
import { ImportFileError } from "./file-errors";
import { fileMessages, limitMessages } from "./file-messages";
import { MAX_XML_RUN_CHARS } from "./limits";

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandlers {
  open?: (name: string, attributes: Attributes) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** An attribute by local name (`r:id` → "id"); an exact, unprefixed match wins. */
export function attribute(attributes: Attributes, name: string): string | undefined {
  if (attributes[name] !== undefined) return attributes[name];
  for (const [key, value] of Object.entries(attributes)) if (localName(key) === name) return value;
  return undefined;
}

class GuardedParser {
  private readonly parser = new SaxesParser({ position: false });
  /** Characters since the last `<` seen. */
  private run = 0;

  constructor(handlers: XmlHandlers) {
    const { open, close, text } = handlers;
    if (open) this.parser.on("opentag", (tag) => open(localName(tag.name), tag.attributes as Attributes));
    if (close) this.parser.on("closetag", (tag) => close(localName(tag.name)));
    if (text) {
      this.parser.on("text", text);
      this.parser.on("cdata", text);
    }
  }

  write(chunk: string): void {
    const first = chunk.indexOf("<");
    this.run += first === -1 ? chunk.length : first;
    if (this.run > MAX_XML_RUN_CHARS) {
      throw new ImportFileError("file-too-complex", limitMessages.xmlRun(MAX_XML_RUN_CHARS), { limit: MAX_XML_RUN_CHARS });
    }
    if (first !== -1) this.run = chunk.length - chunk.lastIndexOf("<") - 1;
    this.guarded(() => this.parser.write(chunk));
  }

  close(): void {
    this.guarded(() => this.parser.close());
  }

  /** A limit our handlers enforce passes through; any error of saxes itself means broken XML. */
  private guarded(work: () => void): void {
    try {
      work();
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      throw new ImportFileError("invalid-xlsx", fileMessages.invalidXlsx);
    }
  }
}

/** Parses XML arriving as UTF-8 chunks (an inflating part) without holding it whole. */
export async function readXml(chunks: AsyncIterable<Uint8Array>, handlers: XmlHandlers): Promise<void> {
  const parser = new GuardedParser(handlers);
  const decoder = new TextDecoder();
  for await (const chunk of chunks) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode());
  parser.close();
}

/** Parses a small part already read as text. */
export function readXmlText(text: string, handlers: XmlHandlers): void {
  const parser = new GuardedParser(handlers);
  parser.write(text);
  parser.close();
}
