import { gapPercent, qualityText } from '../../../src/browser/console/quality-text';
import { dictionary } from '../../../src/i18n/dictionary';

const fr = dictionary('fr').console;
const en = dictionary('en').console;

describe('the quality of a schedule in words', () => {
  it('says a proven optimum as such', () => {
    expect(qualityText({ value: 123, upperBound: 123, optimal: true }, fr)).toBe('Planning optimal (prouvé)');
    expect(qualityText({ value: 123, upperBound: 123, optimal: true }, en)).toBe('Optimal schedule (proven)');
  });

  it('says how far at most from the best possible schedule, with a decimal comma in French', () => {
    // (250 − 249) / 250 = 0.4 %
    expect(qualityText({ value: 249, upperBound: 250, optimal: false }, fr)).toBe('à au plus 0,4\u00a0% du meilleur planning possible');
    expect(qualityText({ value: 249, upperBound: 250, optimal: false }, en)).toBe('within 0.4% of the best possible schedule');
  });

  it('rounds the gap up, so that « à au plus » stays true', () => {
    expect(gapPercent({ value: 123, upperBound: 125 })).toBe(1.6); // 1.6 exactly
    expect(gapPercent({ value: 100, upperBound: 103 })).toBe(3); // 2.91… → 3
    expect(gapPercent({ value: 997, upperBound: 1000 })).toBe(0.3);
    expect(gapPercent({ value: 9999, upperBound: 10000 })).toBe(0.1); // 0.01 → 0.1, never 0
  });

  it('says when the value reaches its bound without a proof', () => {
    expect(gapPercent({ value: 50, upperBound: 50 })).toBe(0);
    expect(qualityText({ value: 50, upperBound: 50, optimal: false }, fr)).toBe('aussi bon que la meilleure borne connue (optimalité non prouvée)');
    expect(gapPercent({ value: 0, upperBound: 0 })).toBe(0);
  });
});
