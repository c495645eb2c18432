/** One component per field kind. */
import type { Component } from 'svelte';
import type { InputKind } from '../../worksheets/types';
import type { FieldProps } from './props';
import TextField from './TextField.svelte';
import LongTextField from './LongTextField.svelte';
import NumberField from './NumberField.svelte';
import YesNoField from './YesNoField.svelte';
import CheckField from './CheckField.svelte';
import ChoiceField from './ChoiceField.svelte';
import MultiField from './MultiField.svelte';
import ScaleField from './ScaleField.svelte';
import DateField from './DateField.svelte';

export const FIELD_COMPONENTS: Record<InputKind, Component<FieldProps>> = {
  text: TextField,
  longtext: LongTextField,
  number: NumberField,
  money: NumberField,
  yesno: YesNoField,
  check: CheckField,
  choice: ChoiceField,
  multi: MultiField,
  scale: ScaleField,
  date: DateField,
};
