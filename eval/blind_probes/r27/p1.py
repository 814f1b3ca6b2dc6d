# Domain: a national budget statement
S1 = " ".join([
    "Chancellor Rachel Morgan delivered her first budget to the Commons on Wednesday, setting out £28bn of tax rises over five years.",
    "The main rate of employers' national insurance will rise from 13.8% to 15% from April 2027.",
    "The income tax personal allowance will stay frozen at £12,570 until 2030, a move the Treasury expects to raise £7bn a year by the end of the period.",
    "\"We are fixing the foundations, and that means asking those with the broadest shoulders to pay more,\" Morgan told MPs.",
    "The Office for Budget Responsibility forecast that the economy would grow by 1.1% this year and 1.8% next year.",
    "It warned that borrowing could overshoot its target if interest rates stay higher than markets currently expect.",
    "Day-to-day spending on the NHS in England will increase by £22bn over two years, while the defence budget will reach 2.5% of national income by 2030.",
    "Fuel duty will remain frozen for another twelve months, but the 5p cut introduced in 2022 will be reversed from September.",
    "Shadow chancellor Tom Hadley said the budget was \"a betrayal of working people\" and accused the government of breaking its manifesto promises.",
    "The Institute for Fiscal Studies said the plans were \"broadly credible\" but questioned whether the spending increases could be sustained beyond 2028.",
])
PROBES = [
("Morgan's first budget, presented to MPs on Wednesday, laid out tax increases worth £28bn across five years [1.1].", S1, "S"),  # paraphrase of 1.1
("Tax rises totalling £28bn were announced in the Chancellor's first budget [1.1].", S1, "S"),  # passive + drop detail
("Employers will pay national insurance at 15% rather than 13.8% from April 2027 [1.2].", S1, "S"),  # reworded 1.2
("Employers' national insurance goes up by 1.2 percentage points from April 2027 [1.2].", S1, "S"),  # 15-13.8 arithmetic
("The personal allowance is to remain frozen at £12,570 until 2030 [1.3].", S1, "S"),  # 1.3
("The Treasury expects the allowance freeze to bring in £7bn annually by the end of the period [1.3].", S1, "S"),  # 1.3 synonym
("Under the budget, the income tax personal allowance will not rise before 2030 [1.3].", S1, "S"),  # frozen until 2030
("Morgan told the Commons that those with the broadest shoulders would be asked to pay more [1.4].", S1, "S"),  # reported speech
("The Chancellor said fixing the foundations meant asking those with the broadest shoulders to pay more [1.4].", S1, "S"),  # reported speech
("The OBR predicted growth of 1.1% this year, rising to 1.8% next year [1.5].", S1, "S"),  # 1.5
("Growth is forecast by the Office for Budget Responsibility to pick up next year [1.5].", S1, "S"),  # 1.1 -> 1.8
("The fiscal watchdog cautioned that borrowing might exceed its target should interest rates remain above market expectations [1.5, 1.6].", S1, "S"),  # hedge kept
("NHS day-to-day spending in England will go up by £22bn over two years [1.7].", S1, "S"),  # 1.7
("Defence spending is set to reach 2.5% of national income by 2030 [1.7].", S1, "S"),  # 1.7
("Fuel duty stays frozen for a further year [1.8].", S1, "S"),  # twelve months = year
("The 5p fuel duty cut brought in in 2022 is to be reversed from September [1.8].", S1, "S"),  # 1.8
("Motorists will lose the 5p fuel duty cut from September [1.8].", S1, "S"),  # reversal of cut
("Tom Hadley, the shadow chancellor, called the budget a betrayal of working people [1.9].", S1, "S"),  # 1.9
("Hadley accused ministers of breaking their manifesto promises [1.9].", S1, "S"),  # government -> ministers
("The IFS judged the plans broadly credible [1.10].", S1, "S"),  # 1.10
("The IFS raised doubts over whether the extra spending could be maintained after 2028 [1.10].", S1, "S"),  # questioned whether
("The budget raised taxes by £28bn over five years and lifted employers' national insurance to 15% [1.1, 1.2].", S1, "S"),  # merge
("Alongside a £22bn increase in NHS day-to-day spending in England, the budget kept fuel duty frozen for another year [1.7, 1.8].", S1, "S"),  # merge
("Hadley attacked the budget, while the IFS called the plans broadly credible [1.9, 1.10].", S1, "S"),  # merge
("The OBR expects the economy to grow both this year and next [1.5].", S1, "S"),  # generalisation
("The freeze on the personal allowance is expected to raise money for the Treasury [1.3].", S1, "S"),  # generalisation
("The IFS had reservations about the sustainability of the spending rises beyond 2028 [1.10].", S1, "S"),  # nominalisation
("Morgan's plans include a rise in employer national insurance and a frozen personal allowance [1.2, 1.3].", S1, "S"),  # merge
("The budget was delivered by Rachel Morgan, her first as chancellor [1.1].", S1, "S"),  # reorder
("Hadley said the budget betrayed working people [1.9].", S1, "S"),  # nominal -> verb
("Morgan delivered her first budget on Tuesday [1.1].", S1, "R"),  # wrong weekday
("The budget set out £28bn of tax rises over four years [1.1].", S1, "R"),  # five -> four
("The main rate of employers' national insurance will rise to 15% from April 2026 [1.2].", S1, "R"),  # wrong year
("Employees' national insurance will rise from 13.8% to 15% [1.2].", S1, "R"),  # employers -> employees
("The personal allowance will be frozen at £12,570 until 2028 [1.3].", S1, "R"),  # wrong year
("The Treasury expects the allowance freeze to raise £7bn in total [1.3].", S1, "R"),  # a year -> in total
("The Treasury expects the national insurance rise to raise £7bn a year [1.3].", S1, "R"),  # figure belongs to allowance freeze
("Morgan told MPs that everyone would be asked to pay more [1.4].", S1, "R"),  # quantifier
("The OBR forecast growth of 1.8% this year [1.5].", S1, "R"),  # year swap
("The OBR forecast that the economy would shrink by 1.1% this year [1.5].", S1, "R"),  # antonym
("The OBR warned that borrowing will overshoot its target [1.5, 1.6].", S1, "R"),  # hedge and condition dropped
("The OBR warned that borrowing could overshoot its target if interest rates fall faster than markets expect [1.5, 1.6].", S1, "R"),  # condition reversed
("NHS spending in England will increase by £22bn over three years [1.7].", S1, "R"),  # two -> three
("Day-to-day spending on the NHS across the UK will increase by £22bn over two years [1.7].", S1, "R"),  # England -> UK
("The defence budget will reach 3% of national income by 2030 [1.7].", S1, "R"),  # wrong figure
("Fuel duty will be cut by a further 5p from September [1.8].", S1, "R"),  # antonym
("Fuel duty will remain frozen for another two years [1.8].", S1, "R"),  # twelve months -> two years
("The 5p fuel duty cut introduced in 2020 will be reversed from September [1.8].", S1, "R"),  # wrong year
("Hadley said the budget was a betrayal of pensioners [1.9].", S1, "R"),  # wrong group
("Hadley said the government had kept its manifesto promises [1.9].", S1, "R"),  # negation
("Hadley welcomed the continued freeze on fuel duty [1.9].", S1, "R"),  # unsupported
("The IFS said the plans were a betrayal of working people [1.10].", S1, "R"),  # wrong speaker
("The IFS said the plans were fully credible [1.10].", S1, "R"),  # broadly -> fully
("The IFS said the spending increases could not be sustained beyond 2028 [1.10].", S1, "R"),  # questioned -> asserted
("The IFS questioned whether the tax rises could be sustained beyond 2028 [1.10].", S1, "R"),  # spending -> tax rises
("Employers' national insurance will rise to 15% from April 2027 [1.3].", S1, "R"),  # wrong sentence cited
("The OBR forecast growth of 1.1% this year [1.6].", S1, "R"),  # wrong sentence cited
("The budget set out £28bn of tax rises to pay for the NHS [1.1].", S1, "R"),  # added purpose
("Morgan said the tax rises were needed to fill a black hole left by the previous government [1.4].", S1, "R"),  # added content
("The IFS said the plans were broadly credible, and the OBR agreed [1.10].", S1, "R"),  # added OBR agreement
("Morgan delivered the budget and Hadley praised it as broadly credible [1.1, 1.9].", S1, "R"),  # wrong speaker / antonym
("The defence budget will reach 2.5% of national income by 2028 [1.7].", S1, "R"),  # wrong year
]
