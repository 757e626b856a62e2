import { accountKey } from './ticket-counters';

describe('accountKey', () => {
  it.each([
    ['株式会社ＡＢＣ物流', 'ABC物流'],
    ['ABC Logistics Co., Ltd.', 'abc logistics'],
    ['（株）北陸精機', '北陸精機株式会社'],
    ['㈱ 北陸精機', '北陸精機'],
    ['医療法人社団 青葉会', '医療法人社団青葉会'],
    ['Tohto Medical Inc.', 'TOHTO MEDICAL'],
  ])('takes "%s" and "%s" for one customer', (a, b) => {
    expect(accountKey(a)).toBe(accountKey(b));
  });

  it('tells different customers apart', () => {
    expect(accountKey('北陸精機')).not.toBe(accountKey('北陸精工'));
    expect(accountKey('ABC')).not.toBe(accountKey('ABD'));
  });

  it('keeps a name made only of company words', () => {
    expect(accountKey('株式会社')).toBe('株式会社');
  });
});
