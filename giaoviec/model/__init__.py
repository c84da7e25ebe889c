"""The trained side of task extraction: a unit classifier beside the rules.

``features`` turns a unit (list item, paragraph) into binary features, ``linear`` applies the
shipped logistic-regression weights (pure Python, JSON), ``fit`` trains them with scikit-learn,
``dataset`` and ``augment`` build labelled units from the corpus gold, ``train`` is
``make train``. Nothing here is imported by ``import giaoviec``: the resolver
(:mod:`giaoviec.pipeline.resolver`) loads the model on its first use.
"""
