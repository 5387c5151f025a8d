"use client";

import { useState, type MouseEvent } from "react";

/**
 * Downloads the PDF report with visible progress: the report takes a moment to typeset, so the
 * button says so instead of looking dead. Without JavaScript it is an ordinary download link.
 */
export function PdfDownload({ href }: { href: string }) {
  const [state, setState] = useState<"idle" | "working" | "failed">("idle");

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    if (state === "working") return;
    setState("working");
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error(String(response.status));
      const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get("content-disposition") ?? "")?.[1];
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name ? decodeURIComponent(name) : "report.pdf";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  return (
    <>
      <a className="btn" href={href} onClick={(event) => void download(event)} aria-busy={state === "working"} aria-disabled={state === "working"}>
        {state === "working" ? "正在生成 PDF…" : "下载 PDF 报告"}
      </a>
      <span className="sr-only" role="status">
        {state === "working" ? "正在生成 PDF 报告，请稍候" : ""}
      </span>
      {state === "failed" ? (
        <span className="small" role="alert" style={{ color: "var(--bad)" }}>
          报告生成失败，请重试
        </span>
      ) : null}
    </>
  );
}
