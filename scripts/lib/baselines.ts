import Sentiment from 'sentiment';
import vader from 'vader-sentiment';

const afinn = new Sentiment();

/** AFINN word-score sum (npm `sentiment`): lower is more negative. */
export const afinnScore = (text: string): number => afinn.analyze(text).score;

/** VADER compound score (npm `vader-sentiment`), −1 … 1. */
export const vaderScore = (text: string): number => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
