"""Demo content of the Kortrijk showcase, loaded by ``manage.py load_demo``.

``data`` holds the texts, ``plans`` turns them into dated plans, ``loader``
writes the missing ones to the database through ``tree``, ``images`` and
``accounts``. Nothing outside the management command imports this package.
"""
