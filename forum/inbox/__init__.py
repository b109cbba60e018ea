"""The organization inbox: who answers questions addressed to an organization, how soon it
promises to, and what happens when the promise is not kept (a reminder to the responders,
then a word to the organization's contact and the association's coordinators). Working
days come from forum.accounts.workdays (Swedish or Norwegian public holidays)."""
