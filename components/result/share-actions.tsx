import Link from "next/link";
import { PdfDownload } from "./pdf-download";

/**
 * The result's actions. Editing and sharing show only to those who may do them (the routes check
 * again); sharing lives on its own page, where the owner creates revocable read-only links.
 */
export function ResultActions({ editHref, sharingHref, pdfHref, scriptHref, bundleHref, compareHref }: {
  editHref?: string;
  sharingHref?: string;
  pdfHref: string;
  scriptHref: string;
  bundleHref: string;
  compareHref?: string;
}) {
  return (
    <div className="result-actions no-print">
      <div className="row">
        <PdfDownload href={pdfHref} />
        <a className="btn secondary" href={scriptHref}>
          下载兼容性检查脚本
        </a>
        {editHref ? (
          <Link className="btn secondary" href={editHref}>
            修改并重新评估
          </Link>
        ) : null}
        {sharingHref ? (
          <Link className="btn secondary" href={sharingHref}>
            共享与访问记录
          </Link>
        ) : null}
        {compareHref ? (
          <Link className="btn secondary" href={compareHref}>
            对比版本
          </Link>
        ) : null}
      </div>
      <p className="small muted">
        目标机无法联网？<a href={bundleHref}>下载离线包（.tar.gz：脚本、国密探针源码与说明）</a>
      </p>
    </div>
  );
}
