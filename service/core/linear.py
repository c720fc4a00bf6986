"""Probabilities of the fitted linear models, without scikit-learn's per-call input checks.

Stage 1 (a binary ``LogisticRegression``) and the kind model (an ``SGDClassifier`` with log
loss) both predict through scikit-learn's ``_predict_proba_lr``: the decision function, the
logistic link, and for several classes a one-vs-rest normalisation. On a page of a few hundred
rows, validating the input (feature names, namespaces, dtype, finiteness) costs several times
the arithmetic; the matrices here are the feature transformers' own. :func:`linear_proba`
does the same arithmetic in the same order, so the numbers are identical (a test holds them
so); any other estimator goes through its own ``predict_proba``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.special import expit
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.utils.extmath import safe_sparse_dot

#: The loss under which an ``SGDClassifier`` predicts probabilities as logistic regression does.
LOG_LOSS = "log_loss"


def _plain(estimator: Any) -> bool:
    """Whether ``estimator`` predicts probabilities through ``_predict_proba_lr``."""
    if isinstance(estimator, LogisticRegression):
        return len(estimator.classes_) <= 2  # several classes: a softmax
    return isinstance(estimator, SGDClassifier) and estimator.loss == LOG_LOSS


def linear_proba(estimator: Any, X: Any) -> np.ndarray:
    """``estimator.predict_proba(X)`` (``LabelledOnly`` wrappers are looked through)."""
    inner = getattr(estimator, "estimator_", estimator)
    if not _plain(inner):
        return estimator.predict_proba(X)
    coef = inner.coef_
    decision = safe_sparse_dot(X, coef.T, dense_output=True) + inner.intercept_
    if decision.ndim > 1 and decision.shape[1] == 1:
        decision = decision.reshape(-1)
    expit(decision, out=decision)
    if decision.ndim == 1:
        return np.vstack([1 - decision, decision]).T
    total = decision.sum(axis=1)
    none = total == 0
    if none.any():  # every class at zero: uniform, as scikit-learn makes it
        decision[none, :] = 1
        total[none] = decision.shape[1]
    decision /= total.reshape((decision.shape[0], -1))
    return decision
