import { defineOnce } from '../core/define.js';
import { MbGuideCard } from './guide-card.js';

defineOnce('mb-guide-card', MbGuideCard);

declare global {
  interface HTMLElementTagNameMap {
    'mb-guide-card': MbGuideCard;
  }
}
