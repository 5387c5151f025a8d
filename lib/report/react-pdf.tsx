/**
 * The one place that loads @react-pdf/renderer, and thin wrappers for its primitives.
 *
 * Why a dynamic import: the package is ESM-only and one of its dependencies
 * (@react-pdf/hyphenate) exports only an `import` condition, so a static import breaks every
 * CommonJS caller compiled by tsx (`npm run bench`, scripts). `import()` works from both module
 * systems, and Next loads it as a server external either way. The wrappers read the loaded
 * module at render time, so the report components never import the package at runtime.
 */
import type {
  DocumentProps,
  GProps,
  LineProps,
  PageProps,
  RectProps,
  Styles,
  SVGProps,
  TextProps,
  ViewProps,
} from "@react-pdf/renderer";
import type { ReactNode } from "react";

export type ReactPdf = typeof import("@react-pdf/renderer");
export type Style = Styles[string];

let loaded: ReactPdf | null = null;
let loading: Promise<ReactPdf> | null = null;

export function loadReactPdf(): Promise<ReactPdf> {
  loading ??= import("@react-pdf/renderer").then((module) => {
    // Interop: under a CommonJS caller the namespace may arrive wrapped in `default`.
    const api = ("renderToBuffer" in module ? module : (module as { default: ReactPdf }).default) as ReactPdf;
    loaded = api;
    return api;
  });
  return loading;
}

/** The loaded module; report components run only inside `renderReportPdf`, after `loadReactPdf`. */
export function reactPdf(): ReactPdf {
  if (!loaded) throw new Error("@react-pdf/renderer 尚未加载：请通过 renderReportPdf 生成报告");
  return loaded;
}

type WithChildren<P> = P & { children?: ReactNode };

export function Document(props: WithChildren<DocumentProps>) {
  const C = reactPdf().Document;
  return <C {...props} />;
}
export function Page(props: WithChildren<PageProps>) {
  const C = reactPdf().Page;
  return <C {...props} />;
}
export function View(props: WithChildren<ViewProps>) {
  const C = reactPdf().View;
  return <C {...props} />;
}
export function Text(props: WithChildren<TextProps>) {
  const C = reactPdf().Text;
  return <C {...props} />;
}
export function Svg(props: WithChildren<SVGProps>) {
  const C = reactPdf().Svg;
  return <C {...props} />;
}
export function G(props: WithChildren<GProps>) {
  const C = reactPdf().G;
  return <C {...props} />;
}
export function Rect(props: RectProps) {
  const C = reactPdf().Rect;
  return <C {...props} />;
}
export function Line(props: LineProps) {
  const C = reactPdf().Line;
  return <C {...props} />;
}
