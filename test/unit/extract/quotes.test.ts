import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const direct = (body: string) => extract(body).statements.filter((statement) => statement.kind === 'direct').map((statement) => ({ speaker: statement.speaker, text: statement.text, via: statement.via }));

describe('quotations and speakers', () => {
  it('attributes `"…," X said`', () => {
    expect(direct('Sergey Lavrov arrived. "We are ready to talk to anyone," Lavrov said.')).toEqual([{ speaker: 'Sergey Lavrov', text: 'We are ready to talk to anyone', via: null }]);
  });

  it('attributes `X said: "…"`', () => {
    expect(direct('Antony Blinken said: "The path of diplomacy remains open."')).toEqual([{ speaker: 'Antony Blinken', text: 'The path of diplomacy remains open.', via: null }]);
  });

  it('attributes `"…," said X`', () => {
    expect(direct('"We will not accept this outcome at all," said Wang Yi.')).toEqual([{ speaker: 'Wang Yi', text: 'We will not accept this outcome at all', via: null }]);
  });

  it('keeps a quotation split by its attribution as one statement', () => {
    // "We do not expect a breakthrough," Lavrov said. "What we expect are concrete answers."
    const statements = direct('Sergey Lavrov spoke first. "We do not expect a breakthrough here," Lavrov said. "What we expect are concrete answers to our proposals."');
    expect(statements).toEqual([{ speaker: 'Sergey Lavrov', text: 'We do not expect a breakthrough here ... What we expect are concrete answers to our proposals.', via: null }]);
  });

  it('makes "according to" the source, not the speaker', () => {
    const [statement] = direct('Joe Biden spoke. "It is going to be a disaster for Russia," Biden said, according to CNN.');
    expect(statement).toEqual({ speaker: 'Joe Biden', text: 'It is going to be a disaster for Russia', via: 'CNN' });
  });

  it('resolves "he said" to the last person named', () => {
    expect(direct('Olaf Scholz met reporters in Berlin. "Germany stands with its partners," he said.')[0]?.speaker).toBe('Olaf Scholz');
  });

  it('carries the speaker into a following paragraph that opens with a quotation', () => {
    const body = 'Emmanuel Macron said: "Europe must be able to defend itself."\n\n"We cannot depend on others for our security forever."';
    expect(direct(body).map((statement) => statement.speaker)).toEqual(['Emmanuel Macron', 'Emmanuel Macron']);
  });

  it('does not make statements of scare quotes', () => {
    // something Blinken and allies have called a "non-starter" in negotiations
    expect(direct('Antony Blinken spoke. Russia wants a guarantee, something Blinken has called a "non-starter" in negotiations.')).toEqual([]);
  });

  it('never makes the author the speaker', () => {
    const statements = extract('"The talks went well for both delegations," the ministry said.', '2022-01-21', { authors: ['Clyde Hughes'] }).statements;
    expect(statements.every((statement) => statement.speaker !== 'Clyde Hughes')).toBe(true);
  });

  it('gives a government body as speaker of its readout', () => {
    expect(direct('"The two sides exchanged views on bilateral relations," the Kremlin said in a statement.')[0]).toMatchObject({ speaker: 'Kremlin' });
  });

  it('outputs reported speech as indirect', () => {
    const { statements } = extract('Antony Blinken said it will be up to Ukraine to determine the future of its defense.');
    expect(statements).toEqual([expect.objectContaining({ kind: 'indirect', speaker: 'Antony Blinken', text: 'it will be up to Ukraine to determine the future of its defense' })]);
  });
});

describe('quotations in consecutive sentences', () => {
  it('keeps a quotation after a new sentence apart, with the same speaker', () => {
    // `"We're here this afternoon to change the course of history," Trump said … He later described the event as "the dawn of a new Middle East."`
    const body = 'President Donald Trump spoke. "We\'re here this afternoon to change the course of history," Trump said from a balcony. He later described the event as "the dawn of a new Middle East."';
    const statements = extract(body).statements.filter((statement) => statement.kind === 'direct');
    expect(statements.map((statement) => [statement.speaker, statement.text])).toEqual([
      ['Donald Trump', "We're here this afternoon to change the course of history"],
      ['Donald Trump', 'the dawn of a new Middle East.'],
    ]);
  });
});
