import { EmittedValues } from './emitted-values';

describe('EmittedValues', () => {
  it('recognizes its own output, also when the parent is a keystroke behind', () => {
    const emitted = new EmittedValues();
    emitted.add('<p>あ</p>');
    emitted.add('<p>あい</p>');
    // The parent renders the first value after the second was typed: still an echo.
    expect(emitted.acknowledge('<p>あ</p>')).toBe(true);
    expect(emitted.acknowledge('<p>あい</p>')).toBe(true);
  });

  it('treats anything else as an outside change', () => {
    const emitted = new EmittedValues();
    emitted.add('<p>下書き</p>');
    expect(emitted.acknowledge('<p>保存済みの本文</p>')).toBe(false);
  });

  it('forgets values settled before the acknowledged one', () => {
    const emitted = new EmittedValues();
    emitted.add('<p>a</p>');
    emitted.add('<p>ab</p>');
    expect(emitted.acknowledge('<p>ab</p>')).toBe(true);
    // A reset back to an old text is a real change now.
    expect(emitted.acknowledge('<p>a</p>')).toBe(false);
  });

  it('forgets everything after an outside replacement, and stays bounded', () => {
    const emitted = new EmittedValues(3);
    for (const html of ['1', '2', '3', '4']) emitted.add(html);
    expect(emitted.acknowledge('1')).toBe(false);
    emitted.clear();
    expect(emitted.acknowledge('4')).toBe(false);
  });
});
