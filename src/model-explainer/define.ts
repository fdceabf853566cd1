import { defineOnce } from '../core/define.js';
import { MbModelExplainer } from './model-explainer.js';

defineOnce('mb-model-explainer', MbModelExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'mb-model-explainer': MbModelExplainer;
  }
}
