"""The demo's content as plain data: texts in Dutch, French and English.

Nothing here touches the database; ``kortrijk.demo.loader`` turns it into pages.
"""
