"use client";

import Link from "next/link";
import { useState } from "react";
import { PdfDownload } from "./pdf-download";

/** The result's actions; the share link is copied as an absolute URL of this origin. */
export function ResultActions({ sharePath, editHref, pdfHref, scriptHref, bundleHref, compareHref }: {
  sharePath: string;
  editHref: string;
  pdfHref: string;
  scriptHref: string;
  bundleHref: string;
  compareHref?: string;
}) {
  const [copied, setCopied] = useState<"idle" | "ok" | "failed">("idle");
  const copy = async () => {
    const url = new URL(sharePath, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setCopied("ok");
    } catch {
      window.prompt("复制此链接：", url);
      setCopied("failed");
    }
  };
  return (
    <div className="result-actions no-print">
      <div className="row">
        <PdfDownload href={pdfHref} />
        <a className="btn secondary" href={scriptHref}>
          下载兼容性检查脚本
        </a>
        <Link className="btn secondary" href={editHref}>
          修改并重新评估
        </Link>
        <button type="button" className="btn secondary" onClick={() => void copy()}>
          复制分享链接
        </button>
        {compareHref ? (
          <Link className="btn secondary" href={compareHref}>
            对比版本
          </Link>
        ) : null}
      </div>
      <p className="small muted">
        目标机无法联网？<a href={bundleHref}>下载离线包（.tar.gz：脚本、国密探针源码与说明）</a>
      </p>
      <p className="small muted" role="status">
        {copied === "ok" ? "已复制分享链接：知道链接的人可以查看并修改这份评估。" : null}
        {copied === "failed" ? "无法自动复制，请手动复制弹出的链接。" : null}
      </p>
    </div>
  );
}
