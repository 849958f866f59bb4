print("caseintake")
