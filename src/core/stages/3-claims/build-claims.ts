/**
 * @module build-claims
 * AnnotatedArticle → Claim[]: every figure that measures something, with its slot, as-of date,
 * attribution, modality and the sentence it came from.
 */
import type { AnnotatedArticle } from '../../model/annotated-article.js';
import type { Claim } from '../../model/claim.js';
import type { DateMention, Modality, NumberMention, QuoteMention } from '../../model/mention.js';
import { classifySlot } from './classify-slot.js';

export function buildClaims(annotated: AnnotatedArticle): Claim[] {
  const { article, sentences, mentions, sentenceAnalyses, tokens, sentenceTokenRanges } = annotated;
  const claims: Claim[] = [];
  const dates = mentions.filter(
    (m): m is DateMention => m.kind === 'date' && m.date !== undefined && m.precision !== 'week',
  );
  const quotes = mentions.filter((m): m is QuoteMention => m.kind === 'quote');
  const numbers = mentions.filter((m): m is NumberMention => m.kind === 'number');
  let sentenceIndex = 0;
  for (const number of numbers) {
    while (sentenceIndex < sentences.length - 1 && (sentences[sentenceIndex]?.end ?? 0) <= number.start)
      sentenceIndex++;
    const sentence = sentences[sentenceIndex];
    const range = sentenceTokenRanges[sentenceIndex];
    if (!sentence || !range) continue;
    const slot = classifySlot(number, { tokens, firstToken: range.firstToken, endToken: range.endToken });
    if (!slot) continue;
    const analysis = sentenceAnalyses[sentenceIndex];
    const asOf = findAsOf(number, sentence, dates, article.published);
    const attributedTo = findAttribution(number, analysis?.attributions ?? [], quotes);
    const modality: Modality =
      analysis?.numberModalities?.find((m) => m.start === number.start)?.modality ?? analysis?.modality ?? 'reported';
    claims.push({
      id: `${article.id}:${number.start}`,
      articleId: article.id,
      slot,
      text: number.text,
      low: number.low,
      high: number.high,
      ...(asOf && { asOf }),
      ...(attributedTo && { attributedTo }),
      modality,
      sentence: article.text.slice(sentence.start, sentence.end),
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      start: number.start,
      end: number.end,
    });
  }
  return applyLaterStatements(claims, annotated);
}

/**
 * "Health authorities did not confirm the figure and the post was then deleted": a sentence that
 * acts on a figure given before changes the status of the figures of the nearest earlier sentence
 * that has any (within two sentences).
 */
function applyLaterStatements(claims: Claim[], annotated: AnnotatedArticle): Claim[] {
  const { sentences, modalityStatements } = annotated;
  const sentenceOf = (claim: Claim) => sentences.findIndex((s) => s.start === claim.sentenceStart);
  for (const statement of modalityStatements) {
    if (!statement.refersBack) continue;
    for (let back = 1; back <= 2; back++) {
      const target = statement.sentenceIndex - back;
      const affected = claims.filter((c) => sentenceOf(c) === target);
      if (affected.length === 0) continue;
      for (const claim of affected) {
        if (claim.modality === 'reported' || claim.modality === 'official' || claim.modality === 'hedged')
          claim.modality = statement.modality;
      }
      break;
    }
  }
  return claims;
}

/** The day-precise date nearest the figure in its sentence, else the article's publication date. */
function findAsOf(
  number: NumberMention,
  sentence: { start: number; end: number },
  dates: DateMention[],
  published: string | undefined,
): string | undefined {
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  for (const date of dates) {
    if (date.start < sentence.start || date.end > sentence.end) continue;
    if (published && date.date && date.date > published) continue;
    const distance = date.start > number.end ? date.start - number.end : number.start - date.end;
    if (Math.abs(distance) < bestDistance) {
      best = date;
      bestDistance = Math.abs(distance);
    }
  }
  return best?.date ?? published;
}

function findAttribution(
  number: NumberMention,
  attributions: { source: string }[],
  quotes: QuoteMention[],
): string | undefined {
  const first = attributions[0]?.source;
  if (first) return first;
  const quote = quotes.find((q) => q.start <= number.start && q.end >= number.end);
  return quote?.speaker;
}
