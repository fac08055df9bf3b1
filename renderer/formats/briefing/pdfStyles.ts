import { StyleSheet } from '@react-pdf/renderer';
import { BRIEFING_FONT_FAMILY } from './briefingFonts';

const ink = '#111111';
const muted = '#444444';
const rule = '#999999';

/*
 * No lineHeight anywhere: react-pdf 4.9 re-resolves every node's style on each
 * pagination relayout and multiplies a resolved line height by the font size
 * again, until the numbers overflow the PDF ("unsupported number: -1e21",
 * diegomura/react-pdf#3452). Noto Sans's own line gap (about 1.36 em) is
 * generous enough for reading.
 */

/**
 * The pack's look: "a Lord Mayor reads it in a car", so large type (13 pt
 * body, never below 11 pt), generous leading, strong headings, black on white
 * that survives a greyscale printer, and marks spelled out rather than coloured.
 */
export const pdfStyles = StyleSheet.create({
  page: {
    fontFamily: BRIEFING_FONT_FAMILY,
    fontSize: 13,
    color: ink,
    paddingTop: 60,
    paddingBottom: 64,
    paddingHorizontal: 52,
  },
  classification: {
    position: 'absolute',
    top: 22,
    left: 52,
    right: 52,
    textAlign: 'center',
    fontSize: 11,
    fontWeight: 700,
    letterSpacing: 1,
  },
  footer: {
    position: 'absolute',
    bottom: 24,
    left: 52,
    right: 52,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 11,
    color: muted,
    borderTopWidth: 1,
    borderTopColor: rule,
    paddingTop: 6,
  },
  footerTitle: { maxWidth: '75%' },
  coverKicker: {
    fontSize: 14,
    fontWeight: 700,
    color: muted,
    marginTop: 80,
    marginBottom: 8,
  },
  coverTitle: { fontSize: 30, fontWeight: 700, marginBottom: 20 },
  coverClassification: {
    fontSize: 16,
    fontWeight: 700,
    borderWidth: 2,
    borderColor: ink,
    padding: 8,
    marginTop: 20,
    textAlign: 'center',
  },
  coverNote: { fontSize: 12, marginTop: 8 },
  coverGenerated: { fontSize: 12, color: muted, marginTop: 16 },
  contents: { marginTop: 16, fontSize: 12 },
  h1: {
    fontSize: 22,
    fontWeight: 700,
    marginTop: 18,
    marginBottom: 10,
    paddingBottom: 4,
    borderBottomWidth: 2,
    borderBottomColor: ink,
  },
  h2: { fontSize: 17, fontWeight: 700, marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 14, fontWeight: 700, marginTop: 8, marginBottom: 2 },
  paragraph: { marginBottom: 6 },
  note: {
    fontSize: 12,
    fontStyle: 'italic',
    color: muted,
    marginBottom: 8,
  },
  bulletRow: { flexDirection: 'row', marginBottom: 4 },
  bullet: { width: 16 },
  bulletText: { flex: 1 },
  fieldRow: { flexDirection: 'row', marginBottom: 3 },
  fieldLabel: { width: 150, fontWeight: 700, paddingRight: 8 },
  fieldValue: { flex: 1 },
  entry: { marginBottom: 12, paddingLeft: 10, borderLeftWidth: 3, borderLeftColor: rule },
  entryHead: { flexDirection: 'row', flexWrap: 'wrap', alignItems: 'baseline' },
  time: { fontSize: 15, fontWeight: 700, marginRight: 10 },
  homeTime: { fontSize: 12, color: muted, marginRight: 10 },
  entryTitle: { fontSize: 15, fontWeight: 700 },
  cancelledTitle: {
    fontSize: 15,
    fontWeight: 700,
    textDecoration: 'line-through',
  },
  mark: {
    fontSize: 12,
    fontWeight: 700,
    borderWidth: 1,
    borderColor: ink,
    paddingHorizontal: 4,
    marginRight: 8,
  },
  kind: { fontSize: 12, color: muted, marginBottom: 2 },
  portrait: { flexDirection: 'row', marginBottom: 14 },
  photo: { width: 84, height: 105, objectFit: 'cover', marginRight: 14 },
  portraitBody: { flex: 1 },
});
