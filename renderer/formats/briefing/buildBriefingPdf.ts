import { pdf, type DocumentProps } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import { errorMessage } from '../../../shared/text/errorMessage';
import { BriefingDocument } from './BriefingDocument';
import type { BriefingData } from './briefingData';
import { BriefingError, isLoadFailure } from './briefingError';
import {
  forgetBriefingFonts,
  registerBriefingFonts,
  type BriefingFontSources,
} from './briefingFonts';
import { briefingModel } from './briefingModel';
import type { BriefingOptions } from './briefingOptions';

/** The part of the PDF stream (Node's, or pdfkit's browser stream) that is read here. */
interface ByteStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
}

function collect(stream: ByteStream): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(bytes);
    });
  });
}

/**
 * A font or part of the app that could not be fetched (offline, before the
 * browser build kept it) is no fault of the record; other font failures name
 * the font's source; the rest are layout failures.
 */
function classify(error: unknown): BriefingError {
  const message = errorMessage(error);
  if (isLoadFailure(error)) return new BriefingError('toolsUnavailable', message);
  const fonts = /font|\.ttf|fetch/i.test(message);
  return new BriefingError(fonts ? 'fontsUnavailable' : 'renderFailed', message);
}

/**
 * The briefing pack as PDF bytes: a pure function of the gathered data and
 * the options (and the fonts it is set in). Runs wherever react-pdf does: the
 * app's Web Worker, the main thread, Node.
 * @throws {BriefingError} `fontsUnavailable` or `renderFailed`.
 */
export async function buildBriefingPdf(
  data: BriefingData,
  options: BriefingOptions,
  fonts: BriefingFontSources,
): Promise<Uint8Array<ArrayBuffer>> {
  registerBriefingFonts(fonts);
  const model = briefingModel(data, options);
  try {
    // The component renders a <Document>; react-pdf's type only knows the element it ends in.
    const document = createElement(BriefingDocument, { model }) as ReactElement<DocumentProps>;
    // The PDF stream rather than toBlob(): a Blob's bytes need arrayBuffer(), which
    // not every runtime's Blob has (jsdom's lacks it); the stream is the same everywhere.
    const stream = (await pdf(document).toBuffer()) as unknown as ByteStream;
    return await collect(stream);
  } catch (error) {
    const failure = classify(error);
    if (failure.code === 'fontsUnavailable') forgetBriefingFonts();
    throw failure;
  }
}
