/**
 * Files carried inside the report as PDF embedded files ("attachments"), byte for byte: the
 * reviewer opens the check script from the viewer's attachment panel, or extracts it with
 * `pdfdetach -saveall`, and runs exactly what the result page would have downloaded.
 *
 * react-pdf has no API for embedded files, so the rendered PDF is loaded and saved once more with
 * pdf-lib (~15 ms for a report). Deterministic: the file's dates are the assessment's, and the
 * document's own metadata and trailer /ID are kept as react-pdf wrote them.
 */
import { AFRelationship, PDFDocument } from "pdf-lib";

export interface PdfAttachment {
  filename: string;
  content: string | Uint8Array;
  mimeType: string;
  description: string;
  /** Creation and modification date recorded for the file. */
  date: Date;
}

export async function attachFiles(pdf: Uint8Array, files: readonly PdfAttachment[]): Promise<Uint8Array> {
  if (files.length === 0) return pdf;
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  for (const file of files) {
    const content = typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content;
    await doc.attach(content, file.filename, {
      mimeType: file.mimeType,
      description: file.description,
      creationDate: file.date,
      modificationDate: file.date,
      afRelationship: AFRelationship.Supplement,
    });
  }
  // Classic cross-reference table, as react-pdf writes it: every page object stays readable.
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
