import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CheckboxOption } from './CheckboxOption.js';
import { ChoiceGroup } from './ChoiceGroup.js';
import { StartFormFrame } from './StartFormFrame.js';
import { TextField } from './TextField.js';

const none = () => undefined;

describe('StartFormFrame', () => {
  it('isANamedFormWithoutTheBrowsersValidationAndItsSubmitButtonLast', () => {
    const html = renderToStaticMarkup(
      <StartFormFrame label="Start a timer" submitLabel="Start timer" onSubmit={none}>
        <p>fields</p>
      </StartFormFrame>,
    );
    expect(html).toBe(
      '<form class="start-form" aria-label="Start a timer" noValidate=""><p>fields</p>' +
        '<button type="submit" class="button button--primary">Start timer</button></form>',
    );
  });

  it('saysWhatIsWrongAsAnAlertThatDescribesTheSubmitButton', () => {
    const html = renderToStaticMarkup(
      <StartFormFrame submitLabel="Go" onSubmit={none} problem={{ id: 'p', text: 'Too long.' }}>
        {null}
      </StartFormFrame>,
    );
    expect(html).toContain('<p id="p" class="start-form__problem" role="alert">Too long.</p>');
    expect(html).toContain('<button type="submit" class="button button--primary" aria-describedby="p">Go</button>');
    expect(html).not.toContain('aria-label');
  });

  it('showsAnEarlierProblemAsPlainText', () => {
    const html = renderToStaticMarkup(
      <StartFormFrame submitLabel="Go" onSubmit={none} problem={{ id: 'p', text: 'Refused.', alert: false }}>
        {null}
      </StartFormFrame>,
    );
    expect(html).toContain('<p id="p" class="start-form__problem">Refused.</p>');
  });
});

describe('the start form fields', () => {
  it('aChoiceGroupIsARadioGroupUnderItsLegend', () => {
    const html = renderToStaticMarkup(
      <ChoiceGroup
        legend="Kind"
        name="k"
        options={{ countdown: 'Countdown', stopwatch: 'Stopwatch' }}
        value="stopwatch"
        onChange={none}
      />,
    );
    expect(html).toContain('<fieldset class="start-form__group"><legend>Kind</legend>');
    expect(html).toContain(
      '<input id="k-countdown" type="radio" name="k" value="countdown"/><label for="k-countdown">Countdown</label>',
    );
    expect(html).toContain('<input id="k-stopwatch" type="radio" name="k" checked="" value="stopwatch"/>');
  });

  it('aCheckboxAndATextFieldAreLabelled', () => {
    expect(renderToStaticMarkup(<CheckboxOption id="c" label="Ready check" checked onChange={none} />)).toBe(
      '<div class="start-form__option"><input id="c" type="checkbox" checked=""/><label for="c">Ready check</label></div>',
    );
    expect(
      renderToStaticMarkup(
        <TextField id="t" label="Title" value="x" onChange={none} aria-invalid aria-describedby="p" />,
      ),
    ).toBe(
      '<label for="t">Title</label><input id="t" type="text" aria-invalid="true" aria-describedby="p" value="x"/>',
    );
  });
});
