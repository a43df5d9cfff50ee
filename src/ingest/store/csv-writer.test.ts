import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chooseArrayDelimiter, codePoint, CsvWriter } from './csv-writer';

const US = '\u001f';

function written(write: (w: CsvWriter) => void, delimiter = US): { files: ReturnType<CsvWriter['close']>; text: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-csv-test-'));
  try {
    const w = new CsvWriter(dir, delimiter);
    write(w);
    const files = w.close();
    const text = Object.fromEntries([...files.nodes, ...files.relationships].map((f) => [path.basename(f), fs.readFileSync(f, 'utf8')]));
    return { files, text };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('CsvWriter', () => {
  it('types each column in the header, quotes text and doubles its quotes, and keeps line breaks inside the quotes', () => {
    const { files, text } = written((w) =>
      w.node({ space: 'Entity', id: 'person:a' }, ['Entity', 'Person', 'Actor'], {
        name: 'Say "no",\r\nthen go ',
        rangeKm: 1600,
        isActor: true,
        aliases: ['A, B', 'C'],
        date: { date: '2025-10-17' },
        wikidataId: null,
      }),
    );
    expect(files.nodes).toHaveLength(1);
    expect(Object.values(text)[0]).toBe(
      `id:ID(Entity),:LABEL,aliases:string[],date:date,isActor:boolean,name:string,rangeKm:double\n` +
        `"person:a","Entity${US}Person${US}Actor","A, B${US}C",2025-10-17,true,"Say ""no"",\r\nthen go ",1600\n`,
    );
  });

  it('puts rows with different present properties in different files, each with its own header; null leaves a property out', () => {
    const { files, text } = written((w) => {
      w.node({ space: 'Statement', id: 's1' }, ['Statement'], { text: 'a', confidence: 0.5 });
      w.node({ space: 'Statement', id: 's2' }, ['Statement'], { text: 'b', confidence: null });
      w.node({ space: 'Statement', id: 's3' }, ['Statement'], { confidence: 0.25, text: 'c' });
      w.relationship('SAID', { space: 'Entity', id: 'person:a' }, { space: 'Statement', id: 's1' });
    });
    expect(files.nodes).toHaveLength(2);
    expect(files.relationships).toHaveLength(1);
    const headers = Object.values(text).map((t) => t.split('\n')[0]);
    expect(headers).toEqual([
      'id:ID(Statement),:LABEL,confidence:double,text:string',
      'id:ID(Statement),:LABEL,text:string',
      ':START_ID(Entity),:END_ID(Statement),:TYPE',
    ]);
    expect(Object.values(text)[0].split('\n')).toHaveLength(4);
  });

  it('refuses what the importer would read back differently: an empty list, a list value holding the delimiter, a number that is not finite', () => {
    expect(() => written((w) => w.node({ space: 'Article', id: 'a' }, ['Article'], { notes: [] }))).toThrow('The list [] has no CSV form');
    expect(() => written((w) => w.node({ space: 'Article', id: 'a' }, ['Article'], { notes: [`x${US}y`] }))).toThrow('holds the array delimiter');
    expect(() => written((w) => w.node({ space: 'Entity', id: 'e' }, ['Entity'], { rangeKm: Number.POSITIVE_INFINITY }))).toThrow(
      'The number Infinity cannot be stored',
    );
  });

  it('records the longest field in bytes, for the read buffer', () => {
    const { files } = written((w) => w.node({ space: 'Article', id: 'a' }, ['Article'], { text: 'ä'.repeat(1000) }));
    expect(files.longestFieldBytes).toBe(2002);
  });
});

describe('chooseArrayDelimiter', () => {
  it('takes the first control character no list value holds, and names it as the importer spells it', () => {
    expect(chooseArrayDelimiter(['plain', 'text'])).toBe(US);
    expect(codePoint(chooseArrayDelimiter([`a${US}b`]))).toBe('U+001E');
  });

  it('says so when every candidate occurs', () => {
    expect(() => chooseArrayDelimiter(['\u001f\u001e\u001d\u001c\u0007'])).toThrow(/Every candidate array delimiter \(U\+001F, U\+001E/);
  });
});
